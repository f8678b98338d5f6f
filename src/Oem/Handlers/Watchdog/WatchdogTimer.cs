using Ipmi.Protocol.App;
using Ipmi.Protocol.Chassis;
using Ipmi.Protocol.SensorEvent;
using Ipmi.Protocol.Sensors;
using Microsoft.Extensions.Logging;
using Oem.Handlers.Chassis;
using Oem.Handlers.Sel;

namespace Oem.Handlers.Watchdog;

/// <summary>
/// The BMC watchdog (IPMI v2.0 §27): a countdown on <see cref="TimeProvider"/> started by Reset Watchdog Timer. At
/// the pre-timeout point an interrupt is noted in the SEL (there is no host interrupt line to raise); at expiry the
/// timer use's expiration flag is set, a Watchdog 2 (0x23) event is logged unless "don't log", and the timeout
/// action (hard reset, power down, power cycle) runs through <see cref="ChassisActions"/>.
/// </summary>
public sealed class WatchdogTimer(ChassisActions? actions, SelStore sel, TimeProvider time, ILogger<WatchdogTimer> logger) : IDisposable
{
    private const byte TimerInterruptOffset = 0x08; // Watchdog 2 offset 08h: timer interrupt (Table 42-3)

    private readonly Lock _lock = new();
    private WatchdogSettings _settings = new(WatchdogTimerUse.SmsOs, false, WatchdogTimeoutAction.NoAction, WatchdogPreTimeoutInterrupt.None, 0, 0);
    private bool _initialized;
    private bool _running;
    private byte _expirationFlags;
    private DateTimeOffset _expiresAt;
    private ushort _stoppedCountdown;
    private ITimer? _timer;
    private long _generation;

    /// <summary>Raised after an expiry has been handled (its action finished or failed); for tests and diagnostics.</summary>
    public event Action? Expired;

    public GetWatchdogTimerResponse Status
    {
        get
        {
            lock (_lock)
            {
                var present = _running
                    ? (ushort)Math.Clamp(Math.Ceiling((_expiresAt - time.GetUtcNow()).TotalMilliseconds / 100), 0, ushort.MaxValue)
                    : _stoppedCountdown;
                return new GetWatchdogTimerResponse(_settings, _running, _expirationFlags, present);
            }
        }
    }

    /// <summary>Set Watchdog Timer (§27.6): stops the timer unless "don't stop" and it runs, then the new countdown restarts.</summary>
    public void Set(SetWatchdogTimerRequest request)
    {
        lock (_lock)
        {
            _settings = request.Settings;
            _initialized = true;
            _expirationFlags &= (byte)~request.ClearExpirationFlags;
            _stoppedCountdown = request.Settings.InitialCountdown;
            if (request.DontStop && _running)
                StartLocked();
            else
                StopLocked();
        }
    }

    /// <summary>Reset Watchdog Timer (§27.5): (re)starts the countdown; false when the timer was never set (0x80).</summary>
    public bool Reset()
    {
        lock (_lock)
        {
            if (!_initialized)
                return false;
            StartLocked();
            return true;
        }
    }

    public void Dispose()
    {
        lock (_lock)
            StopLocked();
    }

    private void StartLocked()
    {
        _timer?.Dispose();
        _running = true;
        var generation = ++_generation;
        var interval = _settings.InitialInterval;
        _expiresAt = time.GetUtcNow() + interval;
        var preTimeout = TimeSpan.FromSeconds(_settings.PreTimeoutSeconds);
        if (_settings.PreTimeoutInterrupt != WatchdogPreTimeoutInterrupt.None && preTimeout > TimeSpan.Zero && preTimeout < interval)
            _timer = time.CreateTimer(_ => PreTimeout(generation, preTimeout), null, interval - preTimeout, Timeout.InfiniteTimeSpan);
        else
            _timer = time.CreateTimer(_ => _ = ExpireAsync(generation), null, interval, Timeout.InfiniteTimeSpan);
    }

    private void StopLocked()
    {
        _timer?.Dispose();
        _timer = null;
        _running = false;
        _generation++;
    }

    private void PreTimeout(long generation, TimeSpan remaining)
    {
        lock (_lock)
        {
            if (generation != _generation)
                return;
            if (!_settings.DontLog)
                Log(TimerInterruptOffset);
            _timer?.Dispose();
            _timer = time.CreateTimer(_ => _ = ExpireAsync(generation), null, remaining, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task ExpireAsync(long generation)
    {
        WatchdogTimeoutAction action;
        lock (_lock)
        {
            if (generation != _generation)
                return;
            _running = false;
            _stoppedCountdown = 0;
            _expirationFlags |= (byte)(1 << (int)_settings.Use);
            action = _settings.Action;
            HandlerLog.WatchdogExpired(logger, _settings.Use.ToString(), action.ToString());
            if (!_settings.DontLog)
                Log((byte)action);
        }
        try
        {
            if (actions is not null && action != WatchdogTimeoutAction.NoAction)
            {
                var control = action switch
                {
                    WatchdogTimeoutAction.HardReset => ChassisControlAction.HardReset,
                    WatchdogTimeoutAction.PowerDown => ChassisControlAction.PowerDown,
                    _ => ChassisControlAction.PowerCycle,
                };
                await actions.RunAsync(control, RestartCause.WatchdogExpiration, 0, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            HandlerLog.WatchdogActionFailed(logger, action.ToString(), e.Message);
        }
        Expired?.Invoke();
    }

    /// <summary>Watchdog 2 event: data 2 = [7:4] interrupt type, [3:0] timer use at expiration (§29.7, Table 42-3).</summary>
    private void Log(byte offset) =>
        sel.LogSystemEvent(new EventMessage(
            EventMessage.IpmiV2Revision, SensorType.Watchdog2, BmcSensorNumbers.Watchdog, false, EventReadingType.SensorSpecific,
            (byte)(0xC0 | offset), (byte)((byte)_settings.PreTimeoutInterrupt << 4 | (byte)_settings.Use)));
}
