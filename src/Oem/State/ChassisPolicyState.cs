namespace Oem.State;

/// <summary>chassis-policy.json: the power restore policy (IPMI v2.0 §28.8; 0 always off, 1 previous, 2 always on).</summary>
public sealed record ChassisPolicyState
{
    public byte PowerRestorePolicy { get; init; }
}
