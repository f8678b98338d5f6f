namespace Oem.State;

/// <summary>
/// power-state.json: the last chassis power state the sidecar saw or commanded (null: never seen), which the power
/// restore policy "previous" (IPMI v2.0 §28.8) restores after the board lost power.
/// </summary>
public sealed record PowerState
{
    public bool? PowerOn { get; init; }
}
