using I2cBridge.Simulated;
using Oem.Chips.Register;
using Oem.Platform;

namespace Oem.Simulation;

/// <summary>
/// Twin of a vendor microcontroller register map: 256 byte registers behind an auto-incrementing pointer.
/// <see cref="Set"/> stores a scaled reading the way the profile says the firmware does; <see cref="Written"/>
/// reports every register the master writes (power and identify actions).
/// </summary>
public sealed class SimulatedRegisterMap() : SimulatedRegisterDevice(defaultWidth: 1, autoIncrement: true)
{
    public Action<byte, byte>? Written { get; set; }

    public Action? BeforeRead { get; set; }

    /// <summary>Stores <paramref name="value"/> as the raw register contents: (value − offset) / scale.</summary>
    public void Set(RegisterReadProfile register, double value)
    {
        var raw = (long)Math.Round((value - register.Offset) / register.Scale);
        Span<byte> bytes = stackalloc byte[register.Width];
        RegisterDevice.Encode((uint)raw, register.Endianness, bytes);
        for (var i = 0; i < bytes.Length; i++)
            SetRegister((byte)(register.Address + i), [bytes[i]]);
    }

    public byte this[byte register]
    {
        get => GetRegister(register)[0];
        set => SetRegister(register, [value]);
    }

    protected override void OnRegisterRead(byte register) => BeforeRead?.Invoke();

    protected override void OnRegisterWritten(byte register, ReadOnlySpan<byte> value) => Written?.Invoke(register, value[0]);
}
