namespace Oem.Platform;

/// <summary>
/// A platform profile: everything the sidecar needs to know about one server board, loaded from
/// JSON (fixtures/platforms/*.json) and validated by <see cref="ProfileLoader"/>.
/// </summary>
public sealed record PlatformProfile
{
    public required string Name { get; init; }
    public required PlatformIdentity Identity { get; init; }
}
