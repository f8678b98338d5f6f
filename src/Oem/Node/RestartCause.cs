namespace Oem.Node;

/// <summary>What caused a power-up or reset; the causes Get System Restart Cause will report (IPMI v2.0 §28.11).</summary>
public enum RestartCause
{
    Unknown,
    /// <summary>A chassis control command (IPMI, Redfish ComputerSystem.Reset …).</summary>
    ChassisControl,
    /// <summary>Someone pressed the physical power button (seen as power-up the node did not command).</summary>
    PowerButton,
    /// <summary>The power restore policy after AC returned (the IPMI layer records which policy, §28.11 06h or 07h).</summary>
    PowerRestorePolicy,
    /// <summary>The node pulsed the reset line.</summary>
    ResetByCommand,
}
