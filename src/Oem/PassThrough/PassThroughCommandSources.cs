using Ipmi.Protocol.Commands;
using Microsoft.Extensions.Logging;
using Oem.Node;

namespace Oem.PassThrough;

/// <summary>
/// The IPMI command surface of a pass-through node: the forwarding handlers and the SDR cache commands over the
/// node's <see cref="PassThroughBmc"/>, and the background service that fills the cache. What
/// <see cref="ServiceCollectionExtensions.AddPassThroughNode"/> registers, and what tests drive directly.
/// </summary>
public sealed class PassThroughCommandSources
{
    private PassThroughCommandSources(SdrCache cache, IReadOnlyList<ICommandSource> sources, SdrCacheService service)
    {
        SdrCache = cache;
        Sources = sources;
        SdrCacheService = service;
    }

    public SdrCache SdrCache { get; }

    /// <summary>The command sources to hand the dispatcher, next to the LAN layer's own.</summary>
    public IReadOnlyList<ICommandSource> Sources { get; }

    /// <summary>Fills and refreshes <see cref="SdrCache"/>; the host starts and stops it.</summary>
    public SdrCacheService SdrCacheService { get; }

    /// <summary>Builds the sources for <paramref name="node"/>, which must be a pass-through node (kind ipmb or ssif).</summary>
    public static PassThroughCommandSources Create(ManagedNode node, TimeProvider time, ILoggerFactory loggers, PassThroughOptions? options = null)
    {
        var bmc = node.PassThrough?.Link
            ?? throw new ArgumentException($"Node '{node.Profile.Name}' is a {node.Profile.Node.Kind} node, not a pass-through (ipmb or ssif) node.", nameof(node));
        options ??= new PassThroughOptions();
        var cache = new SdrCache(bmc, options, time, loggers.CreateLogger<SdrCache>());
        return new PassThroughCommandSources(
            cache,
            [new PassThroughCommands(bmc, cache), new SdrCacheCommands(cache, bmc)],
            new SdrCacheService(cache, options, time, loggers.CreateLogger<SdrCacheService>()));
    }
}
