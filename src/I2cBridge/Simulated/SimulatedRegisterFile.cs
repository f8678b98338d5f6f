namespace I2cBridge.Simulated;

/// <summary>
/// A 256-byte register file with an auto-incrementing address pointer, like a 24C02 EEPROM (one address byte,
/// sequential reads and writes wrap at 256; page boundaries and write-cycle time are not modelled).
/// </summary>
public sealed class SimulatedRegisterFile : SimulatedRegisterDevice
{
    public const int Size = 256;

    /// <param name="contents">Power-on contents (at most 256 bytes); the rest reads 0xFF, as erased EEPROM does.</param>
    public SimulatedRegisterFile(ReadOnlySpan<byte> contents = default)
        : base(defaultWidth: 1, autoIncrement: true, fill: 0xFF)
    {
        if (contents.Length > Size)
            ThrowHelper.ThrowArgument(nameof(contents), $"A 24C02 holds {Size} bytes.");
        for (var i = 0; i < contents.Length; i++)
            DefineRegister((byte)i, [contents[i]]);
    }

    public byte this[int offset]
    {
        get => GetRegister((byte)offset)[0];
        set => SetRegister((byte)offset, [value]);
    }
}
