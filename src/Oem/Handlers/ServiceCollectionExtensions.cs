using Ipmi.Protocol.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Oem.Handlers.App;
using Oem.Node;
using Oem.Platform;
using Oem.State;

namespace Oem.Handlers;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the IPMI command surface of the node: every command group as an <see cref="ICommandSource"/>
    /// singleton (Get Device ID included, with the node's device support bits), the state directory at
    /// <paramref name="stateDirectory"/>, the completion code mapper, and the background services (power sampler,
    /// power-on hours sampler, threshold event logger). Needs an <see cref="IManagedNode"/>, a
    /// <see cref="TimeProvider"/> and logging already registered; Master Write-Read's default allowlist comes from a
    /// registered <see cref="PlatformProfile"/> when there is one.
    /// </summary>
    public static IServiceCollection AddOemHandlers(this IServiceCollection services, string stateDirectory, OemHandlerOptions? options = null)
    {
        options ??= new OemHandlerOptions();
        services.AddSingleton(sp => new OemHandlers(
            sp.GetRequiredService<IManagedNode>(),
            sp.GetRequiredService<TimeProvider>(),
            new StateDirectory(stateDirectory, sp.GetRequiredService<ILoggerFactory>()),
            options,
            sp.GetRequiredService<ILoggerFactory>(),
            sp.GetService<PlatformProfile>() is { } profile ? MasterWriteReadOptions.ProfileChips(profile) : []));
        services.AddSingleton<ICompletionCodeMapper, CompletionCodeMapper>();
        services.AddSingleton<ICommandSource>(sp => new CommandGroup(sp.GetRequiredService<OemHandlers>()));
        services.AddSingleton<IHostedService>(sp => new HandlerServices(sp.GetRequiredService<OemHandlers>()));
        return services;
    }

    /// <summary>All the groups as one source, so the dispatcher sees every command without a registration per group.</summary>
    private sealed class CommandGroup(OemHandlers handlers) : ICommandSource
    {
        public IEnumerable<CommandRegistration> Commands => handlers.Commands;
    }

    /// <summary>Starts and stops the handlers' background services with the host.</summary>
    private sealed class HandlerServices(OemHandlers handlers) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            foreach (var service in handlers.HostedServices)
                await service.StartAsync(cancellationToken).ConfigureAwait(false);
        }

        public async Task StopAsync(CancellationToken cancellationToken)
        {
            foreach (var service in handlers.HostedServices.Reverse())
                await service.StopAsync(cancellationToken).ConfigureAwait(false);
            handlers.Dispose();
        }
    }
}
