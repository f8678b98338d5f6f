using I2cBridge;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Oem.Node;
using Oem.State;

namespace Oem.Handlers.Chassis;

/// <summary>
/// Reads the chassis power state once per <see cref="Interval"/> so the power-on hours counter advances without
/// clients, and the last power state is saved again after a save that failed.
/// </summary>
public sealed class PohSampler(IManagedNode node, PowerOnHours hours, LastPowerState? last, TimeProvider time, ILogger<PohSampler> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (node.Power is not { } power)
            return;
        using var timer = new PeriodicTimer(Interval, time);
        var saving = true;
        try
        {
            do
            {
                try
                {
                    var status = await power.GetStatusAsync(stoppingToken).ConfigureAwait(false);
                    last?.Observe(status.PowerOn);
                    hours.Observe(status.PowerOn, time.GetUtcNow());
                    if (!saving)
                        HandlerLog.PohSavedAgain(logger);
                    saving = true;
                }
                catch (StateWriteException e)
                {
                    // The count goes on in memory; the next sample writes it (PowerOnHours keeps the unsaved minutes).
                    if (saving)
                        HandlerLog.PohSaveFailed(logger, e.Message);
                    saving = false;
                }
                catch (I2cException e)
                {
                    HandlerLog.PohSampleFailed(logger, e.Message);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
