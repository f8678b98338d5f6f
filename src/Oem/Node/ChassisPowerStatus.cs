namespace Oem.Node;

/// <summary>The chassis power state as read from the board.</summary>
/// <param name="PowerOn">Power-good is asserted.</param>
/// <param name="PowerFault">The last action failed to reach its state (cleared by the next successful one).</param>
/// <param name="LastRestartCause">What caused the last power-up.</param>
public readonly record struct ChassisPowerStatus(bool PowerOn, bool PowerFault, RestartCause LastRestartCause);
