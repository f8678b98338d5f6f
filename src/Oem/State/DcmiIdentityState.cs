namespace Oem.State;

/// <summary>dcmi-identity.json: the DCMI asset tag and management controller identifier (DCMI v1.5 §6.4.2-6.4.6); null = never set.</summary>
public sealed record DcmiIdentityState
{
    public byte[]? AssetTag { get; init; }
    public byte[]? ControllerIdentifier { get; init; }
}
