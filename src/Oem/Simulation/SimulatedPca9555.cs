using Oem.Chips.Pca9555;
using I2cBridge.Simulated;

namespace Oem.Simulation;

/// <summary>
/// Twin of an NXP PCA9555: eight registers in four port pairs, the pointer toggling inside its pair after each byte
/// (datasheet §6.2). A pin configured as output shows its output bit; an input pin shows the level the board drives
/// (<see cref="SetInput"/>; pulled up by default). <see cref="PinsChanged"/> fires when an output register is written.
/// </summary>
public sealed class SimulatedPca9555 : SimulatedI2cDevice
{
    private readonly byte[] _registers = [0, 0, 0xFF, 0xFF, 0x00, 0x00, 0xFF, 0xFF];
    private readonly Lock _lock = new();
    private ushort _externalLevels = 0xFFFF;
    private byte _pointer;

    /// <summary>Called after the master writes an output or configuration register.</summary>
    public Action? PinsChanged { get; set; }

    public Action? BeforeRead { get; set; }

    /// <summary>Level the board drives onto an input pin.</summary>
    public void SetInput(int pin, bool high)
    {
        lock (_lock)
            _externalLevels = high ? (ushort)(_externalLevels | (1 << pin)) : (ushort)(_externalLevels & ~(1 << pin));
    }

    /// <summary>The level on a pin: the output bit for outputs, the external level for inputs.</summary>
    public bool GetLevel(int pin)
    {
        lock (_lock)
            return (Levels() & (1 << pin)) != 0;
    }

    public bool IsOutput(int pin)
    {
        lock (_lock)
            return (Pair(Pca9555Register.ConfigurationPort0) & (1 << pin)) == 0;
    }

    public override void Write(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
            return;
        var changed = false;
        lock (_lock)
        {
            _pointer = (byte)(data[0] & 0x07);
            foreach (var b in data[1..])
            {
                if (_pointer >= (byte)Pca9555Register.OutputPort0)
                {
                    _registers[_pointer] = b;
                    changed |= _pointer is not ((byte)Pca9555Register.PolarityInversionPort0 or (byte)Pca9555Register.PolarityInversionPort1);
                }
                _pointer ^= 1;
            }
        }
        if (changed)
            PinsChanged?.Invoke();
    }

    public override void Read(Span<byte> data)
    {
        BeforeRead?.Invoke();
        lock (_lock)
        {
            var inputs = (ushort)(Levels() ^ Pair(Pca9555Register.PolarityInversionPort0));
            for (var i = 0; i < data.Length; i++)
            {
                data[i] = _pointer switch
                {
                    (byte)Pca9555Register.InputPort0 => (byte)inputs,
                    (byte)Pca9555Register.InputPort1 => (byte)(inputs >> 8),
                    _ => _registers[_pointer],
                };
                _pointer ^= 1;
            }
        }
    }

    public override void Reset()
    {
        lock (_lock)
        {
            byte[] powerOn = [0, 0, 0xFF, 0xFF, 0x00, 0x00, 0xFF, 0xFF];
            powerOn.CopyTo(_registers, 0);
            _pointer = 0;
        }
    }

    private ushort Levels()
    {
        var outputs = (ushort)~Pair(Pca9555Register.ConfigurationPort0);
        return (ushort)((Pair(Pca9555Register.OutputPort0) & outputs) | (_externalLevels & ~outputs));
    }

    private ushort Pair(Pca9555Register first) => (ushort)(_registers[(int)first] | (_registers[(int)first + 1] << 8));
}
