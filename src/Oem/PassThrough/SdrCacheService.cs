using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Oem.PassThrough;

/// <summary>
/// Fills the <see cref="SdrCache"/> in the background at start-up, then checks the BMC's repository timestamps once
/// per <see cref="PassThroughOptions.SdrCheckInterval"/> and reads the repository again when they changed. A failed
/// check is logged and tried again next period; meanwhile requests are forwarded.
/// </summary>
public sealed class SdrCacheService(SdrCache cache, PassThroughOptions options, TimeProvider time, ILogger<SdrCacheService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await cache.UpdateAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                PassThroughLog.SdrCacheFillFailed(logger, e.Message, e);
            }
            try
            {
                await Task.Delay(options.SdrCheckInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
