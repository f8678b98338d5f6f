using Oem.Chips.Eeprom;
using Oem.Simulation;
using Oem.Tests.Support;

namespace Oem.Tests.Chips;

public class EepromTests
{
    private static readonly byte[] Image = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();

    [Test, Description("What `ipmitool i2c bus=1 0xa0 8 0x00` does: Master Write-Read, write the word address 0x00, read 8 bytes")]
    public async Task Random_read_returns_bytes_from_the_word_address()
    {
        await using var bench = new SimulatedBench();
        bench.Attach(0x50, new SimulatedEeprom(EepromGeometry.Eeprom24c02, Image));
        var read = new byte[8];
        bench.Bus.WriteRead(0x50, [0x00], read);
        Assert.That(read, Is.EqualTo(new byte[] { 0, 1, 2, 3, 4, 5, 6, 7 }));
    }

    [Test]
    public async Task Driver_reads_across_chunks()
    {
        await using var bench = new SimulatedBench();
        bench.Attach(0x50, new SimulatedEeprom(EepromGeometry.Eeprom24c02, Image));
        var read = new byte[100];
        await new EepromDevice(bench.Queue, 0x50, EepromGeometry.Eeprom24c02).ReadAsync(150, read);
        Assert.That(read, Is.EqualTo(Image[150..250]));
    }

    [Test, Description("A 24C02 page is 8 bytes: 5 bytes at offset 6 need two page writes (6-7, 8-10)")]
    public async Task Writes_are_split_at_page_boundaries()
    {
        await using var bench = new SimulatedBench();
        var twin = bench.Attach(0x50, new SimulatedEeprom(EepromGeometry.Eeprom24c02));
        await new EepromDevice(bench.Queue, 0x50, EepromGeometry.Eeprom24c02).WriteAsync(6, new byte[] { 1, 2, 3, 4, 5 });
        using (Assert.EnterMultipleScope())
        {
            Assert.That(twin.PageWrites, Is.EqualTo(2));
            Assert.That(twin.Contents[4..12].ToArray(), Is.EqualTo(new byte[] { 0xFF, 0xFF, 1, 2, 3, 4, 5, 0xFF }));
        }
    }

    [Test]
    public async Task Twin_page_write_wraps_inside_its_page()
    {
        await using var bench = new SimulatedBench();
        var twin = bench.Attach(0x50, new SimulatedEeprom(EepromGeometry.Eeprom24c02));
        bench.Bus.Write(0x50, [0x06, 0xA, 0xB, 0xC]);
        Assert.That(twin.Contents[0..8].ToArray(), Is.EqualTo(new byte[] { 0xC, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xA, 0xB }));
    }

    [Test]
    public async Task Write_waits_out_the_write_cycle_by_acknowledge_polling()
    {
        await using var bench = new SimulatedBench();
        var twin = bench.Attach(0x50, new SimulatedEeprom(EepromGeometry.Eeprom24c02) { WriteCycleNacks = 3 });
        var device = new EepromDevice(bench.Queue, 0x50, EepromGeometry.Eeprom24c02);
        await device.WriteAsync(0, new byte[] { 0x01, 0x00 });
        var back = new byte[2];
        await device.ReadAsync(0, back);
        Assert.That(back, Is.EqualTo(new byte[] { 0x01, 0x00 }));
    }

    [Test, Description("24C32: two word-address bytes, high first")]
    public async Task Eeprom_24c32_uses_a_two_byte_address()
    {
        await using var bench = new SimulatedBench();
        var twin = bench.Attach(0x51, new SimulatedEeprom(EepromGeometry.Eeprom24c32));
        var device = new EepromDevice(bench.Queue, 0x51, EepromGeometry.Eeprom24c32);
        await device.WriteAsync(0x0123, new byte[] { 0xAB });
        var read = new byte[1];
        bench.Bus.WriteRead(0x51, [0x01, 0x23], read);
        Assert.That((twin.Contents[0x123], read[0]), Is.EqualTo(((byte)0xAB, (byte)0xAB)));
    }

    [Test]
    public async Task Access_beyond_the_part_is_refused()
    {
        await using var bench = new SimulatedBench();
        var device = new EepromDevice(bench.Queue, 0x50, EepromGeometry.Eeprom24c02);
        Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await device.ReadAsync(250, new byte[8]));
    }
}
