namespace Oem.Platform;

/// <summary>
/// A platform profile: everything the sidecar needs to know about one server board, loaded from
/// JSON (fixtures/platforms/*.json) and validated by <see cref="ProfileLoader"/>.
/// Members with a default use <c>set</c>, not <c>init</c>: the System.Text.Json source generator assigns every
/// init-only member in one object initializer and would overwrite an absent member's default with null.
/// </summary>
public sealed record PlatformProfile
{
    public required string Name { get; init; }
    public required PlatformIdentity Identity { get; init; }

    /// <summary>How the managed system is reached; chips when absent.</summary>
    public NodeProfile Node { get; set; } = new();

    public IReadOnlyList<BusProfile> Buses { get; set; } = [];
    public IReadOnlyList<SensorProfile> Sensors { get; set; } = [];
    public PowerProfile? Power { get; init; }
    public IdentifyProfile? Identify { get; init; }
    public FruProfile? Fru { get; init; }

    public BusProfile? FindBus(int id) => Buses.FirstOrDefault(b => b.Id == id);
}
