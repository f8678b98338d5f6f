namespace Oem.PassThrough;

/// <summary>
/// The standard commands a pass-through node forwards, one file per network function. Not here, because the sidecar
/// answers them itself (sessions and users live in the sidecar, src/Ipmi.Lan): Get Channel Authentication
/// Capabilities (App 0x38), Get Session Challenge and Activate Session (0x39, 0x3A, IPMI 1.5 sessions), Set Session
/// Privilege Level (0x3B), Close Session (0x3C), Get Session Info (0x3D), Get AuthCode (0x3F), the channel and user
/// commands 0x40-0x47, Get Channel Cipher Suites (0x54) and Get/Set LAN Configuration Parameters (Transport 0x01/0x02).
/// Nor the system-interface-only commands Appendix G marks "local only" (message flags, Get Message, the event
/// message buffer), which have no meaning on the LAN channel.
/// </summary>
public static partial class ForwardedCommands
{
    /// <summary>Every forwarded command (built on each call: the per-group lists are initialised in their own files).</summary>
    public static IReadOnlyList<ForwardedCommand> All => [.. App, .. Chassis, .. SensorEvent, .. Storage, .. Dcmi];
}
