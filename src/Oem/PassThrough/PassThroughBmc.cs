using Oem.Platform;
using Oem.Simulation;

namespace Oem.PassThrough;

/// <summary>
/// The BMC a pass-through node (profile kind ipmb or ssif) forwards to: the link that reaches it and, on a simulated
/// bus, the simulated BMC behind it (for the demo and tests). Owned by the <see cref="Node.ManagedNode"/>.
/// </summary>
public sealed class PassThroughBmc(NodeKind kind, IBmcLink link, SimulatedIpmiBmc? simulated) : IAsyncDisposable
{
    public NodeKind Kind { get; } = kind;

    public IBmcLink Link { get; } = link;

    /// <summary>The simulated BMC when the bus is "simulated"; null on real hardware.</summary>
    public SimulatedIpmiBmc? Simulated { get; } = simulated;

    public ValueTask DisposeAsync() => Link.DisposeAsync();
}
