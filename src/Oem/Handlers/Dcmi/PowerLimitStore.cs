using Ipmi.Protocol.Dcmi;
using Oem.State;

namespace Oem.Handlers.Dcmi;

/// <summary>
/// The DCMI power limit (DCMI v1.5 §6.6.2-6.6.4), persisted in power-limit.json. The sidecar has no means of its
/// own to cap the host's power, so the limit is stored and reported for the operator's tools.
/// </summary>
public sealed class PowerLimitStore(StateFile<PowerLimitState> file)
{
    private readonly Lock _lock = new();
    private PowerLimitState _state = file.Load(() => new PowerLimitState());

    /// <summary>The limit, or null when none was ever set; and whether it is active.</summary>
    public (DcmiPowerLimit? Limit, bool Active) Current
    {
        get
        {
            lock (_lock)
            {
                DcmiPowerLimit? limit = _state.LimitWatts is { } watts
                    ? new DcmiPowerLimit((PowerLimitExceptionAction)(_state.ExceptionAction ?? 0), watts, _state.CorrectionTimeMilliseconds, _state.SamplingPeriodSeconds)
                    : null;
                return (limit, _state.Active);
            }
        }
    }

    public void Set(DcmiPowerLimit limit) => Update(s => s with
    {
        ExceptionAction = (byte)limit.ExceptionAction,
        LimitWatts = limit.LimitWatts,
        CorrectionTimeMilliseconds = limit.CorrectionTimeMilliseconds,
        SamplingPeriodSeconds = limit.SamplingPeriodSeconds,
    });

    public void Activate(bool active) => Update(s => s with { Active = active });

    private void Update(Func<PowerLimitState, PowerLimitState> change)
    {
        lock (_lock)
        {
            var state = change(_state);
            file.Save(state);
            _state = state;
        }
    }
}
