namespace I2cBridge.Simulated;

/// <summary>
/// Base for register-map chips: a write message starts with the register pointer, the following bytes fill that
/// register (and the next ones when the pointer auto-increments); a read message returns bytes from the pointer.
/// Registers have a width in bytes, a power-on default, and may be read-only. Chip twins override
/// <see cref="OnRegisterRead"/> to refresh a live value and <see cref="OnRegisterWritten"/> to react to commands.
/// </summary>
public abstract class SimulatedRegisterDevice : SimulatedI2cDevice
{
    private readonly byte[][] _registers = new byte[256][];
    private readonly byte[][] _defaults = new byte[256][];
    private readonly bool[] _readOnly = new bool[256];
    private readonly bool _autoIncrement;

    /// <param name="defaultWidth">Width of registers not defined with <see cref="DefineRegister"/>.</param>
    /// <param name="autoIncrement">True: the pointer moves to the next register after each register (EEPROM style); false: it stays (LM75 style, extra bytes repeat the register).</param>
    /// <param name="fill">Power-on value of undefined registers (0xFF for an erased EEPROM).</param>
    protected SimulatedRegisterDevice(int defaultWidth, bool autoIncrement, byte fill = 0x00)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(defaultWidth, 1);
        _autoIncrement = autoIncrement;
        for (var r = 0; r < 256; r++)
        {
            _defaults[r] = new byte[defaultWidth];
            _defaults[r].AsSpan().Fill(fill);
            _registers[r] = (byte[])_defaults[r].Clone();
        }
    }

    /// <summary>The register pointer (the first byte of the last write message, moved on by auto-increment).</summary>
    public byte Pointer { get; protected set; }

    /// <summary>Declares <paramref name="register"/>: its width is the length of <paramref name="powerOnValue"/>.</summary>
    protected void DefineRegister(byte register, ReadOnlySpan<byte> powerOnValue, bool readOnly = false)
    {
        if (powerOnValue.IsEmpty)
            ThrowHelper.ThrowArgument(nameof(powerOnValue), "A register is at least one byte wide.");
        _defaults[register] = powerOnValue.ToArray();
        _registers[register] = powerOnValue.ToArray();
        _readOnly[register] = readOnly;
    }

    /// <summary>The current bytes of <paramref name="register"/>, as they go on the wire.</summary>
    public ReadOnlySpan<byte> GetRegister(byte register) => _registers[register];

    /// <summary>Sets <paramref name="register"/> from the chip's side (a sensor reading), without the write hook.</summary>
    public void SetRegister(byte register, ReadOnlySpan<byte> value)
    {
        if (value.Length != _registers[register].Length)
            ThrowHelper.ThrowArgument(nameof(value), $"Register 0x{register:X2} is {_registers[register].Length} bytes wide.");
        value.CopyTo(_registers[register]);
    }

    public override void Write(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
            return;
        var register = data[0];
        var body = data[1..];
        while (body.Length >= _registers[register].Length)
        {
            var width = _registers[register].Length;
            if (!_readOnly[register])
            {
                body[..width].CopyTo(_registers[register]);
                OnRegisterWritten(register, _registers[register]);
            }
            body = body[width..];
            if (_autoIncrement)
                register++;
        }
        Pointer = register;
    }

    public override void Read(Span<byte> data)
    {
        var register = Pointer;
        while (!data.IsEmpty)
        {
            OnRegisterRead(register);
            var bytes = _registers[register].AsSpan();
            var n = Math.Min(bytes.Length, data.Length);
            bytes[..n].CopyTo(data);
            data = data[n..];
            if (_autoIncrement && n == bytes.Length)
                register++;
        }
        Pointer = register;
    }

    public override void Reset()
    {
        for (var r = 0; r < 256; r++)
            _registers[r] = (byte[])_defaults[r].Clone();
        Pointer = 0;
    }

    /// <summary>Write hook: a whole register was written by the bus master.</summary>
    protected virtual void OnRegisterWritten(byte register, ReadOnlySpan<byte> value)
    {
    }

    /// <summary>Read hook: <paramref name="register"/> is about to be sent; refresh it with <see cref="SetRegister"/>.</summary>
    protected virtual void OnRegisterRead(byte register)
    {
    }
}
