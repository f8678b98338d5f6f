using Ipmi.Protocol.Fru;
using Ipmi.Protocol.Tests.Support;

namespace Ipmi.Protocol.Tests.Fru;

public class FruInventoryTests : WireVectorTests<FruInventory>
{
    protected override Parser Parse => FruInventory.TryParse;
    protected override int Length(FruInventory value) => value.Length;
    protected override int Write(FruInventory value, Span<byte> destination) => value.WriteTo(destination);

    /// <summary>
    /// Checked with FreeIPMI 1.6.10 `ipmi-fru --fru-file`, which prints: Chassis Type Rack Mount Chassis,
    /// Part Number CH-1U-01, Serial CSN0001, Custom Info "rack 4"; Board Manufacturing Date/Time
    /// 03/15/24 - 10:30:00, Manufacturer Acme, Product Name Demo Board, Serial BSN12345, Part BP-100;
    /// Product Acme / demo-1u / P-1U / 1.0 / PSN777 / Asset Tag A-42.
    /// </summary>
    internal const string DemoImage =
        "01 00 01 05 0B 00 00 EE" +                                         // header: chassis @8, board @40, product @88
        "01 04 17 C8 43 48 2D 31 55 2D 30 31 C7 43 53 4E 30 30 30 31" +     // chassis: 32 bytes, rack mount
        "C6 72 61 63 6B 20 34 C1 00 00 00 68" +
        "01 06 00 96 59 E2 C4 41 63 6D 65 CA 44 65 6D 6F 20 42 6F 61 72 64" + // board: 48 bytes, English, 2024-03-15 10:30
        "C8 42 53 4E 31 32 33 34 35 C6 42 50 2D 31 30 30 C0 C1 00 00 00 00 00 00 00 56" +
        "01 05 00 C4 41 63 6D 65 C7 64 65 6D 6F 2D 31 75 C4 50 2D 31 55" +  // product: 40 bytes
        "C3 31 2E 30 C6 50 53 4E 37 37 37 C4 41 2D 34 32 C0 C1 F3";

    internal static readonly FruInventory Demo = new(
        new FruChassisInfo { PartNumber = "CH-1U-01", SerialNumber = "CSN0001", Custom = ["rack 4"] },
        new FruBoardInfo
        {
            ManufacturedAt = new DateTimeOffset(2024, 3, 15, 10, 30, 0, TimeSpan.Zero),
            Manufacturer = "Acme", ProductName = "Demo Board", SerialNumber = "BSN12345", PartNumber = "BP-100",
        },
        new FruProductInfo
        {
            Manufacturer = "Acme", Name = "demo-1u", PartNumber = "P-1U", Version = "1.0", SerialNumber = "PSN777", AssetTag = "A-42",
        });

    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector(DemoImage, Demo, "demo board, FreeIPMI-checked");
        // Board area only, mfg date unspecified, every field empty (0xC0).
        yield return Vector("01 00 00 01 00 00 00 FE" + "01 02 00 00 00 00 C0 C0 C0 C0 C0 C1 00 00 00 7C",
            new FruInventory(Board: new FruBoardInfo()), "empty board");
    }

    [Test]
    public void TryParse_bad_header_checksum_fails()
    {
        var image = Hex.Bytes(DemoImage);
        image[7]++;
        Assert.That(FruInventory.TryParse(image, out _), Is.False);
    }

    [Test]
    public void TryParse_bad_area_checksum_fails()
    {
        var image = Hex.Bytes(DemoImage);
        image[40 + 8]++; // a byte of the board manufacturer
        Assert.That(FruInventory.TryParse(image, out _), Is.False);
    }

    [Test]
    public void TryParse_area_beyond_image_fails() =>
        Assert.That(FruInventory.TryParse(Hex.Bytes(DemoImage)[..80], out _), Is.False);

    [Test, Description("FRU spec §13.3: 'IPMI' in 6-bit ASCII is 29 DC A6; BCD plus digits decode too")]
    public void TryParse_decodes_six_bit_and_bcd_plus_fields()
    {
        var area = Hex.Bytes("01 03 00 00 00 00 83 29 DC A6 42 12 34 C0 C0 C0 C1 00 00 00 00 00 00 00");
        area[^1] = Ipmi.Protocol.Messages.Checksum.Compute(area.AsSpan(0, 23));
        var image = Hex.Bytes("01 00 00 01 00 00 00 FE").Concat(area).ToArray();
        Assert.That(FruInventory.TryParse(image, out var inventory), Is.True);
        Assert.That((inventory.Board!.Manufacturer, inventory.Board.ProductName), Is.EqualTo(("IPMI", "1234")));
    }

    [Test]
    public void ToArray_cuts_fields_at_63_bytes_and_keeps_areas_multiple_of_8()
    {
        var image = new FruInventory(Product: new FruProductInfo { Name = new string('x', 70) }).ToArray();
        Assert.That(image.Length % 8, Is.Zero);
        Assert.That(FruInventory.TryParse(image, out var parsed), Is.True);
        Assert.That(parsed.Product!.Name, Is.EqualTo(new string('x', 63)));
    }
}
