using Oem.State;

namespace Oem.Handlers.Dcmi;

/// <summary>
/// The DCMI identity strings, persisted in dcmi-identity.json. The asset tag (DCMI v1.5 §6.4.2-6.4.3, at most 63
/// bytes, stored as written: UTF-8 with a BOM or ASCII) becomes, at each write, what it held before the offset plus
/// the bytes written. The management controller identifier (§6.4.5-6.4.6, at most 63 bytes and its null terminator)
/// is collected chunk by chunk and replaced when the chunk holding the terminator arrives; until it is first set it is
/// the system GUID in text form, unique per board and usable as the DHCP host name it is meant for. A write that
/// cannot be saved throws <see cref="StateWriteException"/> and changes nothing.
/// </summary>
public sealed class DcmiIdentityStore(StateFile<DcmiIdentityState> file, Guid systemGuid)
{
    public const int MaxAssetTag = 63;
    public const int MaxControllerIdentifier = 63;

    private readonly Lock _lock = new();
    private readonly byte[] _pending = new byte[MaxControllerIdentifier + 1];
    private int _pendingLength;
    private DcmiIdentityState _state = file.Load(() => new DcmiIdentityState());

    public byte[] AssetTag
    {
        get { lock (_lock) return _state.AssetTag ?? []; }
    }

    public byte[] ControllerIdentifier
    {
        get { lock (_lock) return _state.ControllerIdentifier ?? System.Text.Encoding.ASCII.GetBytes(systemGuid.ToString()); }
    }

    /// <summary>Writes <paramref name="data"/> at <paramref name="offset"/>; false (nothing changed) past the end of the tag or of 63 bytes.</summary>
    public bool TryWriteAssetTag(int offset, ReadOnlySpan<byte> data)
    {
        lock (_lock)
        {
            var tag = _state.AssetTag ?? [];
            if (offset > tag.Length || offset + data.Length > MaxAssetTag)
                return false;
            Save(_state with { AssetTag = [.. tag.AsSpan(0, offset), .. data] });
            return true;
        }
    }

    /// <summary>
    /// Takes one chunk of a new identifier; false (nothing changed) when it does not follow the chunks before it
    /// (a write at offset 0 starts over) or runs past 64 bytes without a terminator.
    /// </summary>
    public bool TryWriteControllerIdentifier(int offset, ReadOnlySpan<byte> data)
    {
        lock (_lock)
        {
            if (offset != 0 && offset != _pendingLength || offset + data.Length > _pending.Length)
                return false;
            var terminator = data.IndexOf((byte)0);
            if (terminator < 0 && offset + data.Length == _pending.Length)
                return false;
            data.CopyTo(_pending.AsSpan(offset));
            _pendingLength = offset + data.Length;
            if (terminator < 0)
                return true;
            _pendingLength = 0;
            Save(_state with { ControllerIdentifier = _pending.AsSpan(0, offset + terminator).ToArray() });
            return true;
        }
    }

    private void Save(DcmiIdentityState state)
    {
        file.Save(state);
        _state = state;
    }
}
