using I2cBridge;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Oem.Platform;

namespace Oem.Node.Sensors;

/// <summary>
/// Reads every sensor once per <see cref="SensorCache.RefreshPeriod"/> (the first time at start) and stores the
/// results in the cache. Buses are read in parallel, the sensors of one bus one after another so the queue never
/// overflows. A failed read marks that sensor unavailable; the queue's deadline bounds each read, so nothing hangs.
/// The chassis power is read once per cycle: while the host is off, main-domain sensors are not read but marked
/// "host off" (without power control the host counts as always on; a failed power read keeps the last state).
/// </summary>
public sealed class SensorRefresher(SensorCache cache, IReadOnlyList<SensorChannel> channels, TimeProvider time, ILogger<SensorRefresher> logger,
    IChassisPower? power = null)
    : BackgroundService
{
    private bool _hostOn = true;
    private bool _powerUnreadable;

    private readonly IReadOnlyList<SensorChannel>[] _byBus = channels.GroupBy(c => c.BusId).Select(g => (IReadOnlyList<SensorChannel>)g.ToArray()).ToArray();
    private long _cycles;

    /// <summary>Refresh cycles completed.</summary>
    public long Cycles => Interlocked.Read(ref _cycles);

    /// <summary>Raised after each cycle (on the refresher's thread).</summary>
    public event Action? CycleCompleted;

    public async Task RefreshOnceAsync(CancellationToken cancellationToken)
    {
        var hostOn = await ReadHostOnAsync(cancellationToken).ConfigureAwait(false);
        var buses = new Task[_byBus.Length];
        for (var i = 0; i < _byBus.Length; i++)
            buses[i] = RefreshBusAsync(_byBus[i], hostOn, cancellationToken);
        await Task.WhenAll(buses).ConfigureAwait(false);
        Interlocked.Increment(ref _cycles);
        CycleCompleted?.Invoke();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(cache.RefreshPeriod, time);
        try
        {
            do
                await RefreshOnceAsync(stoppingToken).ConfigureAwait(false);
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<bool> ReadHostOnAsync(CancellationToken cancellationToken)
    {
        if (power is null)
            return true;
        try
        {
            _hostOn = (await power.GetStatusAsync(cancellationToken).ConfigureAwait(false)).PowerOn;
            _powerUnreadable = false;
        }
        catch (I2cException e)
        {
            if (!_powerUnreadable)
                NodeLog.HostPowerUnknown(logger, e.Failure, e.Message);
            _powerUnreadable = true;
        }
        return _hostOn;
    }

    private async Task RefreshBusAsync(IReadOnlyList<SensorChannel> sensors, bool hostOn, CancellationToken cancellationToken)
    {
        foreach (var sensor in sensors)
        {
            var name = cache.Sensors[sensor.Index].Name;
            if (!hostOn && cache.Sensors[sensor.Index].PowerDomain == PowerDomain.Main)
            {
                cache.RecordHostOff(sensor.Index);
                continue;
            }
            try
            {
                var value = await sensor.ReadAsync(cancellationToken).ConfigureAwait(false);
                var wasUnavailable = cache.GetReading(sensor.Index).Failure is not null;
                cache.Record(sensor.Index, value, time.GetUtcNow());
                if (wasUnavailable)
                    NodeLog.SensorRecovered(logger, name);
            }
            catch (I2cException e)
            {
                if (cache.RecordFailure(sensor.Index, e.Failure))
                    NodeLog.SensorUnavailable(logger, name, e.Failure, e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                if (cache.RecordFailure(sensor.Index, I2cFailure.Io))
                    NodeLog.SensorUnavailable(logger, name, I2cFailure.Io, e.Message);
            }
        }
    }
}
