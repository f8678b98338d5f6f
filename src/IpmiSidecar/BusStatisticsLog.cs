using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Oem.Node;

namespace IpmiSidecar;

/// <summary>
/// One line per I2C bus when the host stops: transactions, time spent on the bus and the share of the
/// uptime that is, from the bus queue's counters. How busy the bus was against the wall clock (bench/bus.sh).
/// </summary>
internal sealed partial class BusStatisticsLog(ManagedNode node, TimeProvider time, ILogger<BusStatisticsLog> logger) : IHostedService
{
    private DateTimeOffset _started;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _started = time.GetUtcNow();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        var uptime = time.GetUtcNow() - _started;
        foreach (var queue in node.Queues.Values)
        {
            var statistics = queue.Statistics;
            BusStatistics(logger, statistics.BusId, statistics.Transactions, statistics.BusTime.TotalMilliseconds, uptime.TotalMilliseconds,
                100 * statistics.BusTime / uptime, statistics.Retries, statistics.Transactions - statistics.Succeeded);
        }
        return Task.CompletedTask;
    }

    [LoggerMessage(10, LogLevel.Information,
        "Bus {BusId}: {Transactions} transactions, {BusTimeMs:0.0} ms on the bus in {UptimeMs:0} ms ({BusyPercent:0.00} % busy), {Retries} retries, {Failed} failed")]
    private static partial void BusStatistics(ILogger logger, int busId, long transactions, double busTimeMs, double uptimeMs, double busyPercent, long retries, long failed);
}
