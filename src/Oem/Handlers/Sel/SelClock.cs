using Ipmi.Protocol.Sel;
using Oem.State;

namespace Oem.Handlers.Sel;

/// <summary>
/// The SEL time (IPMI v2.0 §31.10-31.11b): the host clock plus an offset that Set SEL Time adjusts, both persisted
/// (sel-clock.json), and the UTC offset in minutes.
/// </summary>
public sealed class SelClock
{
    private readonly StateFile<SelClockState> _file;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private SelClockState _state;

    public SelClock(StateFile<SelClockState> file, TimeProvider time)
    {
        _file = file;
        _time = time;
        _state = file.Load(() => new SelClockState());
    }

    /// <summary>Now, in IPMI timestamp seconds (§37).</summary>
    public uint Now
    {
        get
        {
            long offset;
            lock (_lock)
                offset = _state.OffsetSeconds;
            var seconds = _time.GetUtcNow().ToUnixTimeSeconds() + offset;
            return (uint)Math.Clamp(seconds, 0, IpmiTimestamp.Unspecified - 1L);
        }
    }

    public short UtcOffsetMinutes
    {
        get
        {
            lock (_lock)
                return _state.UtcOffsetMinutes;
        }
    }

    public void Set(uint timestamp)
    {
        lock (_lock)
        {
            var state = _state with { OffsetSeconds = timestamp - _time.GetUtcNow().ToUnixTimeSeconds() };
            _file.Save(state);
            _state = state;
        }
    }

    public void SetUtcOffset(short minutes)
    {
        lock (_lock)
        {
            var state = _state with { UtcOffsetMinutes = minutes };
            _file.Save(state);
            _state = state;
        }
    }
}
