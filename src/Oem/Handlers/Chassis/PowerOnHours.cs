using Oem.State;

namespace Oem.Handlers.Chassis;

/// <summary>
/// The power-on hours counter (IPMI v2.0 §28.14): powered-on time accumulated from observations of the chassis power
/// state, persisted (poh.json) whenever another whole minute has accumulated.
/// </summary>
public sealed class PowerOnHours(StateFile<PohState> file)
{
    public const byte MinutesPerCount = 60;

    private readonly Lock _lock = new();
    private double _minutes = file.Load(() => new PohState()).PoweredOnMinutes;
    private double _savedMinutes = -1;
    private (bool On, DateTimeOffset At)? _last;

    public double Minutes
    {
        get
        {
            lock (_lock)
                return _minutes;
        }
    }

    public uint Counter => (uint)(Minutes / MinutesPerCount);

    /// <summary>Records the power state seen at <paramref name="at"/>; time since an "on" observation counts as on.</summary>
    public void Observe(bool on, DateTimeOffset at)
    {
        lock (_lock)
        {
            if (_last is { On: true } last && at > last.At)
                _minutes += (at - last.At).TotalMinutes;
            _last = (on, at);
            if (Math.Floor(_minutes) != Math.Floor(_savedMinutes))
            {
                file.Save(new PohState { PoweredOnMinutes = _minutes });
                _savedMinutes = _minutes;
            }
        }
    }
}
