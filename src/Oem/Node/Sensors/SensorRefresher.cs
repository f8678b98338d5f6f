using I2cBridge;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Oem.Node.Sensors;

/// <summary>
/// Reads every sensor once per <see cref="SensorCache.RefreshPeriod"/> (the first time at start) and stores the
/// results in the cache. Buses are read in parallel, the sensors of one bus one after another so the queue never
/// overflows. A failed read marks that sensor unavailable; the queue's deadline bounds each read, so nothing hangs.
/// </summary>
public sealed class SensorRefresher(SensorCache cache, IReadOnlyList<SensorChannel> channels, TimeProvider time, ILogger<SensorRefresher> logger)
    : BackgroundService
{
    private readonly IReadOnlyList<SensorChannel>[] _byBus = channels.GroupBy(c => c.BusId).Select(g => (IReadOnlyList<SensorChannel>)g.ToArray()).ToArray();
    private long _cycles;

    /// <summary>Refresh cycles completed.</summary>
    public long Cycles => Interlocked.Read(ref _cycles);

    /// <summary>Raised after each cycle (on the refresher's thread).</summary>
    public event Action? CycleCompleted;

    public async Task RefreshOnceAsync(CancellationToken cancellationToken)
    {
        var buses = new Task[_byBus.Length];
        for (var i = 0; i < _byBus.Length; i++)
            buses[i] = RefreshBusAsync(_byBus[i], cancellationToken);
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

    private async Task RefreshBusAsync(IReadOnlyList<SensorChannel> sensors, CancellationToken cancellationToken)
    {
        foreach (var sensor in sensors)
        {
            var name = cache.Sensors[sensor.Index].Name;
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
