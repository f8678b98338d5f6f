using Oem.Platform;

namespace Oem.Node;

/// <summary>
/// One managed system as every front end sees it (IPMI handlers, later Redfish and Prometheus): who it is and what
/// it can do. Each capability is null when the platform profile does not describe it; a front end answers "absent"
/// in its own way (IPMI: a completion code). Plain .NET types only, no IPMI wire types.
/// </summary>
public interface IManagedNode : IAsyncDisposable
{
    PlatformIdentity Identity { get; }

    IChassisPower? Power { get; }

    ISensorSource? Sensors { get; }

    IFruStore? Fru { get; }

    IIdentifyLed? Identify { get; }

    /// <summary>Raw transfers on the node's buses (IPMI Master Write-Read); null for pass-through nodes.</summary>
    II2cAccess? I2c { get; }
}
