using Microsoft.Extensions.Hosting;
using Oem.Node;

namespace IpmiSidecar;

/// <summary>Runs the node's background sensor refresher (when its profile has sensors) for the host's lifetime.</summary>
internal sealed class SensorRefreshService(ManagedNode node) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => node.Refresher?.StartAsync(cancellationToken) ?? Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => node.Refresher?.StopAsync(cancellationToken) ?? Task.CompletedTask;
}
