using Ipmi.Protocol.Chassis;
using Microsoft.Extensions.Logging;
using Oem.Node;

namespace Oem.Handlers.Chassis;

/// <summary>
/// Chassis Identify timing (IPMI v2.0 §28.5): the LED on for an interval (then off by a <see cref="TimeProvider"/>
/// timer), on until told otherwise ("force"), or off. A new request replaces the running one.
/// </summary>
public sealed class IdentifyController(IIdentifyLed led, TimeProvider time, ILogger logger) : IDisposable
{
    private readonly Lock _lock = new();
    private ITimer? _timer;
    private long _generation;

    public IdentifyState State { get; private set; }

    /// <summary>Sets the LED; <see cref="State"/> changes only once the LED write succeeded, so a bus failure never shows a state the LED is not in.</summary>
    public async ValueTask ApplyAsync(IdentifyState state, TimeSpan duration, CancellationToken cancellationToken)
    {
        long generation;
        lock (_lock)
        {
            _timer?.Dispose();
            _timer = null;
            generation = ++_generation;
        }
        await led.SetAsync(state != IdentifyState.Off, cancellationToken).ConfigureAwait(false);
        lock (_lock)
        {
            if (generation != _generation)
                return;
            State = state;
            if (state == IdentifyState.TemporaryOn)
                _timer = time.CreateTimer(_ => _ = ExpireAsync(generation), null, duration, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        lock (_lock)
            _timer?.Dispose();
    }

    private async Task ExpireAsync(long generation)
    {
        lock (_lock)
        {
            if (generation != _generation)
                return;
            State = IdentifyState.Off;
        }
        try
        {
            await led.SetAsync(false).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            HandlerLog.IdentifyFailed(logger, e.Message);
        }
    }
}
