using I2cBridge.Simulated;

namespace I2cBridge.Tests.Simulated;

public class RegisterDeviceTests
{
    [Test]
    public void Register_file_reads_sequentially_from_the_pointer_and_wraps_at_256()
    {
        var contents = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        using var bus = new SimulatedI2cBus();
        bus.Attach(0x50, new SimulatedRegisterFile(contents));
        var read = new byte[4];

        bus.WriteRead(0x50, [0xFE], read);

        Assert.That(read, Is.EqualTo(new byte[] { 0xFE, 0xFF, 0x00, 0x01 }));
    }

    [Test]
    public void Register_file_write_stores_bytes_from_the_pointer_and_leaves_it_after_them()
    {
        using var bus = new SimulatedI2cBus();
        var eeprom = new SimulatedRegisterFile();
        bus.Attach(0x50, eeprom);

        bus.Write(0x50, [0x10, 0xDE, 0xAD]);
        var next = new byte[1];
        bus.Read(0x50, next); // current-address read

        Assert.That((eeprom[0x10], eeprom[0x11], eeprom[0x12]), Is.EqualTo(((byte)0xDE, (byte)0xAD, (byte)0xFF)));
        Assert.That(next[0], Is.EqualTo(0xFF));
        Assert.That(eeprom.Pointer, Is.EqualTo(0x13));
    }

    [Test]
    public void Reset_restores_power_on_contents()
    {
        var eeprom = new SimulatedRegisterFile([0x42]);
        eeprom[0] = 0x00;
        eeprom.Reset();
        Assert.That(eeprom[0], Is.EqualTo(0x42));
    }

    [Test]
    public void Word_chip_sends_the_pointed_register_big_endian_and_repeats_it()
    {
        using var bus = new SimulatedI2cBus();
        var chip = new SimulatedWordRegisterChip();
        chip.DefineWord(0x00, 0x1980, readOnly: true); // LM75 temperature 25.5 °C
        chip.DefineWord(0x03, 0x5000);                 // LM75 Tos 80 °C
        bus.Attach(0x48, chip);
        var read = new byte[4];

        bus.WriteRead(0x48, [0x00], read);

        Assert.That(read, Is.EqualTo(new byte[] { 0x19, 0x80, 0x19, 0x80 }));
    }

    [Test]
    public void Word_chip_write_sets_a_register_and_read_only_registers_ignore_writes()
    {
        using var bus = new SimulatedI2cBus();
        var chip = new SimulatedWordRegisterChip();
        chip.DefineWord(0x00, 0x1980, readOnly: true);
        chip.DefineWord(0x03, 0x5000);
        bus.Attach(0x48, chip);

        bus.Write(0x48, [0x03, 0x4B, 0x00]);
        bus.Write(0x48, [0x00, 0x00, 0x00]);

        Assert.That((chip.GetWord(0x03), chip.GetWord(0x00)), Is.EqualTo(((ushort)0x4B00, (ushort)0x1980)));
    }

    [Test]
    public void Hooks_see_writes_and_refresh_values_before_reads()
    {
        using var bus = new SimulatedI2cBus();
        var chip = new CountingChip();
        bus.Attach(0x20, chip);
        var read = new byte[1];

        bus.Write(0x20, [0x01, 0x07]);
        bus.WriteRead(0x20, [0x02], read);

        Assert.That(chip.Written, Is.EqualTo((0x01, 0x07)));
        Assert.That(read[0], Is.EqualTo(1)); // refreshed by the read hook
    }

    private sealed class CountingChip() : SimulatedRegisterDevice(defaultWidth: 1, autoIncrement: false)
    {
        private byte _reads;

        public (int Register, int Value) Written { get; private set; }

        protected override void OnRegisterWritten(byte register, ReadOnlySpan<byte> value) => Written = (register, value[0]);

        protected override void OnRegisterRead(byte register) => SetRegister(register, [++_reads]);
    }
}
