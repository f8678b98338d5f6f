using I2cBridge.Simulated;

namespace I2cBridge.Tests;

public class SmbusPecTests
{
    [Test, Description("CRC-8/SMBUS catalogue check value: CRC of ASCII \"123456789\" is 0xF4")]
    public void Compute_matches_the_CRC8_SMBUS_check_value()
        => Assert.That(SmbusPec.Compute("123456789"u8), Is.EqualTo(0xF4));

    [Test, Description("PEC of Write Byte Data to 0x5A, command 0x01, data 0x02: CRC over 0xB4 0x01 0x02")]
    public void ForWrite_covers_the_address_byte()
        => Assert.That(SmbusPec.ForWrite(0x5A, [0x01, 0x02]), Is.EqualTo(SmbusPec.Compute([0xB4, 0x01, 0x02])));

    [Test]
    public void ForWriteRead_covers_both_address_bytes()
        => Assert.That(SmbusPec.ForWriteRead(0x58, [0x97], [0x34, 0x12]), Is.EqualTo(SmbusPec.Compute([0xB0, 0x97, 0xB1, 0x34, 0x12])));

    [Test]
    public void Word_read_with_pec_over_raw_I2C_verifies_the_PEC_byte()
    {
        using var bus = new SimulatedI2cBus();
        bus.Attach(0x58, new PmbusLikeChip());

        Assert.That(bus.SmbusReadWordData(0x58, 0x97, pec: true), Is.EqualTo(0x1234));
    }

    [Test]
    public void Word_read_with_a_corrupted_PEC_fails_as_BadPec()
    {
        using var bus = new SimulatedI2cBus();
        bus.Attach(0x58, new PmbusLikeChip());
        bus.Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.BadPec });

        var e = Assert.Throws<I2cException>(() => bus.SmbusReadWordData(0x58, 0x97, pec: true))!;
        Assert.That(e.Failure, Is.EqualTo(I2cFailure.BadPec));
    }

    /// <summary>A device answering READ_PIN (0x97) with 0x1234, low byte first, followed by its PEC.</summary>
    private sealed class PmbusLikeChip : SimulatedI2cDevice
    {
        private byte _command;

        public override void Write(ReadOnlySpan<byte> data) => _command = data[0];

        public override void Read(Span<byte> data)
        {
            ReadOnlySpan<byte> word = [0x34, 0x12];
            word.CopyTo(data);
            data[2] = SmbusPec.ForWriteRead(Address, [_command], word);
        }
    }
}
