using Ipmi.Protocol.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Oem.Handlers;
using Oem.Node;

namespace Oem.PassThrough;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the command surface of a pass-through node (profile kind ipmb or ssif) in place of
    /// <c>AddOemHandlers</c> — never both, the dispatcher refuses a command registered twice: the forwarding and SDR
    /// cache command sources, the completion code mapper (I2C timeout 0xC3, NACK 0xCE) and the SDR cache's background
    /// service. Needs a <see cref="ManagedNode"/> built from a pass-through profile, a <see cref="TimeProvider"/> and
    /// logging already registered.
    /// </summary>
    public static IServiceCollection AddPassThroughNode(this IServiceCollection services, PassThroughOptions? options = null)
    {
        services.AddSingleton(sp => PassThroughCommandSources.Create(
            sp.GetRequiredService<ManagedNode>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>(), options));
        services.AddSingleton<ICompletionCodeMapper, CompletionCodeMapper>();
        services.AddSingleton<ICommandSource>(sp => new AllSources(sp.GetRequiredService<PassThroughCommandSources>()));
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<PassThroughCommandSources>().SdrCacheService);
        return services;
    }

    private sealed class AllSources(PassThroughCommandSources sources) : ICommandSource
    {
        public IEnumerable<CommandRegistration> Commands => sources.Sources.SelectMany(s => s.Commands);
    }
}
