using Ipmi.Protocol.Chassis;
using Oem.State;

namespace Oem.Handlers.Chassis;

/// <summary>
/// The System Boot Options parameters the sidecar keeps (IPMI v2.0 §28.12-28.13): set-in-progress (0), boot flag
/// valid bit clearing (3), boot info acknowledge (4) and boot flags (5), the last three persisted
/// (boot-options.json). The boot flag valid bit is cleared 60 seconds after the flags were set unless a
/// chassis-control restart came first or parameter 3 [3] says not to (§28.12, Table 28-14, parameter 3).
/// </summary>
public sealed class BootOptions(StateFile<BootOptionsState> file, TimeProvider time)
{
    public static readonly TimeSpan ValidBitTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Parameter 3 [4:0]; the rest is reserved.</summary>
    public const byte ValidBitClearingMask = 0x1F;

    /// <summary>Parameter 3 [3]: do not clear the valid bit when no chassis control command came within 60 s.</summary>
    public const byte KeepValidBitPastTimeout = 0x08;

    private readonly Lock _lock = new();
    private BootOptionsState _state = file.Load(() => new BootOptionsState());
    private DateTimeOffset? _validSince;

    /// <summary>Parameter 0 [1:0]: 0 set complete, 1 set in progress.</summary>
    public byte SetInProgress { get; private set; }

    public byte InfoAcknowledge
    {
        get
        {
            lock (_lock)
                return _state.InfoAcknowledge;
        }
    }

    public byte ValidBitClearing
    {
        get
        {
            lock (_lock)
                return _state.ValidBitClearing;
        }
    }

    /// <summary>Returns false when a set is already in progress (0x81).</summary>
    public bool TrySetInProgress(byte value)
    {
        lock (_lock)
        {
            if (value == 1 && SetInProgress == 1)
                return false;
            if (value != 2) // commit write: nothing is staged, every set applies at once
                SetInProgress = value;
            return true;
        }
    }

    public BootFlags Flags
    {
        get
        {
            lock (_lock)
            {
                BootFlags.TryParse(_state.BootFlags, out var flags);
                if (flags.Valid && _validSince is { } since && time.GetUtcNow() - since >= ValidBitTimeout
                    && (_state.ValidBitClearing & KeepValidBitPastTimeout) == 0)
                {
                    flags = flags with { Valid = false };
                    try
                    {
                        SaveLocked(_state with { BootFlags = Bytes(flags) });
                        _validSince = null;
                    }
                    catch (StateWriteException)
                    {
                        // The flags read as invalid all the same; the clearing is saved by the next read that can.
                    }
                }
                return flags;
            }
        }
    }

    public void SetFlags(BootFlags flags)
    {
        lock (_lock)
        {
            SaveLocked(_state with { BootFlags = Bytes(flags) });
            _validSince = flags.Valid ? time.GetUtcNow() : null;
        }
    }

    /// <summary>Parameter 3: which events leave the boot flag valid bit set.</summary>
    public void SetValidBitClearing(byte bits)
    {
        lock (_lock)
            SaveLocked(_state with { ValidBitClearing = (byte)(bits & ValidBitClearingMask) });
    }

    /// <summary>Parameter 4: bits set in <paramref name="mask"/> take their value from <paramref name="data"/>.</summary>
    public void Acknowledge(byte mask, byte data)
    {
        lock (_lock)
            SaveLocked(_state with { InfoAcknowledge = (byte)(_state.InfoAcknowledge & ~mask | data & mask) });
    }

    /// <summary>A chassis-control restart happened: the flags stay valid for the boot it starts.</summary>
    public void Restarted()
    {
        lock (_lock)
            _validSince = null;
    }

    private void SaveLocked(BootOptionsState state)
    {
        file.Save(state);
        _state = state;
    }

    private static byte[] Bytes(BootFlags flags)
    {
        var bytes = new byte[BootFlags.Length];
        flags.WriteTo(bytes);
        return bytes;
    }
}
