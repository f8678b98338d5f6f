namespace Oem.State;

/// <summary>
/// boot-options.json: the System Boot Options parameters a client may set (IPMI v2.0 §28.12-28.13): boot flags
/// (parameter 5, five bytes as on the wire), the boot info acknowledge bits (parameter 4) and the boot flag valid
/// bit clearing bits (parameter 3).
/// </summary>
public sealed record BootOptionsState
{
    public byte[] BootFlags { get; init; } = new byte[5];
    public byte InfoAcknowledge { get; init; }
    public byte ValidBitClearing { get; init; }
}
