using Oem.Simulation;
using Oem.Tests.Support;

namespace Oem.Tests.Simulation;

public class DemoFruTests
{
    [Test, Description("`ipmitool i2c bus=1 0xa0 8 0x00`: 8-bit 0xA0 is 7-bit 0x50; the first 8 bytes are the FRU common header (FRU spec §8)")]
    public async Task First_eight_bytes_at_0xA0_are_a_valid_common_header()
    {
        var time = new ManualTimeProvider();
        await using var node = DemoNode.Create(time);
        var header = await node.I2c!.WriteReadAsync(1, 0xA0 >> 1, new byte[] { 0x00 }, 8);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(header[0], Is.EqualTo(0x01), "format version");
            Assert.That(header[3], Is.EqualTo(0x01), "board area at offset 8");
            Assert.That(header[4], Is.GreaterThan(1), "product area after the board area");
            Assert.That(header.Sum(b => b) % 256, Is.Zero, "zero checksum");
        }
    }

    [Test]
    public async Task Board_and_product_areas_carry_their_length_and_checksum()
    {
        var time = new ManualTimeProvider();
        await using var node = DemoNode.Create(time);
        var image = await node.Fru!.ReadAsync(0, node.Fru.Size);
        var board = image.AsSpan(image[3] * 8, image[image[3] * 8 + 1] * 8);
        var product = image.AsSpan(image[4] * 8, image[image[4] * 8 + 1] * 8);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(node.Fru.Size, Is.EqualTo(256));
            Assert.That(Sum(board) % 256, Is.Zero);
            Assert.That(Sum(product) % 256, Is.Zero);
            Assert.That(board[6], Is.EqualTo(0xC0 | "IpmiSidecar".Length), "board manufacturer type/length: 8-bit ASCII");
            Assert.That(System.Text.Encoding.ASCII.GetString(board.Slice(7, 11)), Is.EqualTo("IpmiSidecar"));
        }
    }

    [Test, Description("FRU spec §11: 2025-01-01 00:00 is 10 593 days (29 × 365 + 8 leap days) = 15 253 920 = 0xE8C1A0 minutes after 1996-01-01, sent A0 C1 E8")]
    public void Manufacturing_date_is_minutes_since_1996_lsb_first()
    {
        var image = FruImageWriter.Write(
            new FruImageWriter.BoardInfo(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), "M", "P", "S", "N"),
            new FruImageWriter.ProductInfo("M", "P", "N", "1", "S", ""), 256);
        Assert.That(image[11..14], Is.EqualTo(new byte[] { 0xA0, 0xC1, 0xE8 }));
    }

    [Test]
    public async Task Fru_store_writes_reach_the_eeprom()
    {
        var time = new ManualTimeProvider();
        await using var node = DemoNode.Create(time);
        await node.Fru!.WriteAsync(200, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 });
        Assert.That(await node.Fru.ReadAsync(198, 4), Is.EqualTo(new byte[] { 0xFF, 0xFF, 1, 2 }));
    }

    private static int Sum(ReadOnlySpan<byte> bytes)
    {
        var sum = 0;
        foreach (var b in bytes)
            sum += b;
        return sum;
    }
}
