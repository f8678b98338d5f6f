using System.Buffers.Binary;
using I2cBridge;
using I2cBridge.Simulated;
using Oem.Chips.Pmbus;
using Oem.Platform;

namespace Oem.Simulation;

/// <summary>
/// Twin of a PMBus power supply: READ_* words in LINEAR11, READ_VOUT in LINEAR16 with VOUT_MODE exponent −9,
/// and a PEC byte after any read that clocks one more byte than the data (SMBus 3.1 §6.4).
/// Unknown commands read as 0xFF, as a floating bus would.
/// </summary>
public sealed class SimulatedPmbusPsu : SimulatedI2cDevice
{
    public const int VoutExponent = -9;

    private readonly Dictionary<byte, ushort> _words = [];
    private readonly Lock _lock = new();
    private byte _command;

    public Action? BeforeRead { get; set; }

    public void Set(PmbusReading reading, double value)
    {
        var word = reading == PmbusReading.ReadVout ? Linear16.Encode(value, VoutExponent) : Linear11.Encode(value);
        lock (_lock)
            _words[(byte)reading] = word;
    }

    /// <summary>Sets the raw word of a command (for exact test vectors).</summary>
    public void SetWord(PmbusCommand command, ushort word)
    {
        lock (_lock)
            _words[(byte)command] = word;
    }

    public override void Write(ReadOnlySpan<byte> data)
    {
        if (!data.IsEmpty)
            _command = data[0];
    }

    public override void Read(Span<byte> data)
    {
        BeforeRead?.Invoke();
        Span<byte> value = stackalloc byte[2];
        int length;
        if (_command == (byte)PmbusCommand.VoutMode)
        {
            value[0] = Linear16.VoutMode(VoutExponent);
            length = 1;
        }
        else
        {
            ushort word;
            lock (_lock)
                word = _words.TryGetValue(_command, out var w) ? w : (ushort)0xFFFF;
            BinaryPrimitives.WriteUInt16LittleEndian(value, word);
            length = 2;
        }
        data.Fill(0xFF);
        value[..Math.Min(length, data.Length)].CopyTo(data);
        if (data.Length == length + 1)
            data[length] = SmbusPec.ForWriteRead(Address, [_command], value[..length]);
    }
}
