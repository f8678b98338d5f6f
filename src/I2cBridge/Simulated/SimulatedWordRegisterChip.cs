using System.Buffers.Binary;

namespace I2cBridge.Simulated;

/// <summary>
/// A chip of 16-bit registers behind a pointer byte, sent most significant byte first, with a pointer that does
/// not move (LM75 style: a read returns the pointed register, repeated if more bytes are clocked).
/// </summary>
public class SimulatedWordRegisterChip : SimulatedRegisterDevice
{
    public SimulatedWordRegisterChip()
        : base(defaultWidth: 2, autoIncrement: false)
    {
    }

    /// <summary>Declares a 16-bit register with its power-on value.</summary>
    public void DefineWord(byte register, ushort powerOnValue, bool readOnly = false)
    {
        Span<byte> b = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(b, powerOnValue);
        DefineRegister(register, b, readOnly);
    }

    public ushort GetWord(byte register) => BinaryPrimitives.ReadUInt16BigEndian(GetRegister(register));

    public void SetWord(byte register, ushort value)
    {
        Span<byte> b = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(b, value);
        SetRegister(register, b);
    }
}
