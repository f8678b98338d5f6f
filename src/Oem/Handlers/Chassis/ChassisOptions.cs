namespace Oem.Handlers.Chassis;

/// <summary>Chassis handler settings.</summary>
public sealed record ChassisOptions
{
    /// <summary>
    /// How long Chassis Control waits for the action before answering. ipmitool 1.8.19 retransmits after 1 s and
    /// gives up after a few tries, while a forced power-off can hold the button for seconds, so a longer action is
    /// acknowledged (0x00) and finishes in the background; its failure is logged and shown as a power control fault.
    /// </summary>
    public TimeSpan ControlResponseDeadline { get; init; } = TimeSpan.FromSeconds(2);
}
