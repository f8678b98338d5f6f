namespace Oem.Platform;

/// <summary>
/// A vendor register holding a reading: value = raw × scale + offset, where raw is <see cref="Width"/> bytes at
/// <see cref="Address"/> in <see cref="Endianness"/> order, two's complement when <see cref="Signed"/>.
/// </summary>
public sealed record RegisterReadProfile
{
    /// <summary>Register number (0-255) sent as the pointer byte.</summary>
    public required int Address { get; init; }

    /// <summary>1, 2 or 4 bytes.</summary>
    public int Width { get; set; } = 1;

    public Endianness Endianness { get; set; } = Endianness.Big;
    public bool Signed { get; init; }
    public double Scale { get; set; } = 1;
    public double Offset { get; init; }
}
