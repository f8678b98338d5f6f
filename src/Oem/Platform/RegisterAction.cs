namespace Oem.Platform;

/// <summary>A vendor command: write <see cref="Value"/> (<see cref="Width"/> bytes, big-endian unless stated) to register <see cref="Register"/>.</summary>
public sealed record RegisterAction
{
    public required int Register { get; init; }
    public required uint Value { get; init; }
    public int Width { get; set; } = 1;
    public Endianness Endianness { get; set; } = Endianness.Big;
}
