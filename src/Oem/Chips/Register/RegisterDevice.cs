using System.Buffers.Binary;
using I2cBridge;
using I2cBridge.Queue;
using Oem.Platform;

namespace Oem.Chips.Register;

/// <summary>
/// A vendor register map behind a pointer byte (a BMC microcontroller): readings are 1, 2 or 4 byte registers
/// scaled as value = raw × scale + offset; actions write a fixed value to a register. The profile describes
/// the map, so a new vendor needs no code.
/// </summary>
public sealed class RegisterDevice
{
    private readonly I2cBusQueue _queue;

    public RegisterDevice(I2cBusQueue queue, int address)
    {
        I2cAddress.Validate(address, nameof(address));
        _queue = queue;
        Address = address;
    }

    public int Address { get; }

    /// <summary>The register's raw integer (sign-extended when <see cref="RegisterReadProfile.Signed"/>).</summary>
    public ValueTask<long> ReadRawAsync(RegisterReadProfile register, CancellationToken cancellationToken = default) =>
        _queue.ExecuteAsync(static (bus, s) => s.Self.ReadRaw(bus, s.Register), (Self: this, Register: register), I2cTransactionOptions.Read, cancellationToken);

    /// <summary>The scaled reading.</summary>
    public async ValueTask<double> ReadAsync(RegisterReadProfile register, CancellationToken cancellationToken = default) =>
        await ReadRawAsync(register, cancellationToken).ConfigureAwait(false) * register.Scale + register.Offset;

    public ValueTask WriteAsync(RegisterAction action, CancellationToken cancellationToken = default) =>
        new(_queue.ExecuteAsync(static (bus, s) => s.Self.Write(bus, s.Action), (Self: this, Action: action), I2cTransactionOptions.Write, cancellationToken).AsTask());

    /// <summary>Decodes <paramref name="bytes"/> (1, 2 or 4) in the given order, sign-extending when asked.</summary>
    public static long Decode(ReadOnlySpan<byte> bytes, Endianness endianness, bool signed)
    {
        var big = endianness == Endianness.Big;
        return bytes.Length switch
        {
            1 => signed ? (sbyte)bytes[0] : bytes[0],
            2 => big
                ? signed ? BinaryPrimitives.ReadInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16BigEndian(bytes)
                : signed ? BinaryPrimitives.ReadInt16LittleEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes),
            4 => big
                ? signed ? BinaryPrimitives.ReadInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32BigEndian(bytes)
                : signed ? BinaryPrimitives.ReadInt32LittleEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes),
            _ => throw new ArgumentOutOfRangeException(nameof(bytes), bytes.Length, "A register is 1, 2 or 4 bytes."),
        };
    }

    /// <summary>Writes the low <paramref name="destination"/>.Length bytes of <paramref name="value"/> in the given order.</summary>
    public static void Encode(uint value, Endianness endianness, Span<byte> destination)
    {
        Span<byte> big = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(big, value);
        big[(4 - destination.Length)..].CopyTo(destination);
        if (endianness == Endianness.Little)
            destination.Reverse();
    }

    private long ReadRaw(I2cBus bus, RegisterReadProfile register)
    {
        Span<byte> value = stackalloc byte[register.Width];
        bus.WriteRead(Address, [(byte)register.Address], value);
        return Decode(value, register.Endianness, register.Signed);
    }

    private bool Write(I2cBus bus, RegisterAction action)
    {
        Span<byte> message = stackalloc byte[1 + action.Width];
        message[0] = (byte)action.Register;
        Encode(action.Value, action.Endianness, message[1..]);
        bus.Write(Address, message);
        return true;
    }
}
