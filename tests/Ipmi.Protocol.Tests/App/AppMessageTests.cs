using Ipmi.Protocol.App;

namespace Ipmi.Protocol.Tests.App;

/// <summary>Get Device ID (IPMI v2.0 §20.1, Table 20-2) and the GUID encoding (§20.8, Table 20-10).</summary>
public class AppMessageTests
{
    // Table 20-2, field by field: device ID 0x20, provides SDRs + revision 1, available + firmware 1,
    // minor 02 (BCD), IPMI 2.0 (0x02), support 0xBF, manufacturer 0x002A7C (10876) LS first,
    // product 0x0B05 LS first, auxiliary revision 0x04030201 LS first.
    private static readonly byte[] DeviceIdBytes = Convert.FromHexString("2081010202BF7C2A00050B01020304");

    private static readonly GetDeviceIdResponse DeviceId = new()
    {
        DeviceId = 0x20,
        DeviceRevision = 1,
        ProvidesDeviceSdrs = true,
        DeviceAvailable = true,
        FirmwareMajor = 1,
        FirmwareMinor = 2,
        IpmiVersion = 0x02,
        Support = (AdditionalDeviceSupport)0xBF,
        ManufacturerId = 10876,
        ProductId = 0x0B05,
        AuxiliaryFirmwareRevision = 0x04030201,
    };

    [Test]
    public void GetDeviceId_parses_table_20_2_layout() =>
        Assert.That(GetDeviceIdResponse.TryParse(DeviceIdBytes, out var parsed) ? parsed : default, Is.EqualTo(DeviceId));

    [Test]
    public void GetDeviceId_writes_table_20_2_layout()
    {
        var written = new byte[DeviceId.Length];
        Assert.That(DeviceId.WriteTo(written), Is.EqualTo(15));
        Assert.That(written, Is.EqualTo(DeviceIdBytes));
    }

    [Test]
    public void GetDeviceId_without_auxiliary_revision_is_11_bytes()
    {
        Assert.That(GetDeviceIdResponse.TryParse(DeviceIdBytes.AsSpan(0, 11), out var parsed), Is.True);
        Assert.That(parsed.AuxiliaryFirmwareRevision, Is.Null);
        Assert.That(parsed.Length, Is.EqualTo(11));
    }

    [Test]
    public void GetDeviceId_rejects_truncated_data_and_non_bcd_minor()
    {
        var badBcd = (byte[])DeviceIdBytes.Clone();
        badBcd[3] = 0x1A;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(GetDeviceIdResponse.TryParse(DeviceIdBytes.AsSpan(0, 10), out _), Is.False);
            Assert.That(GetDeviceIdResponse.TryParse(badBcd, out _), Is.False);
        }
    }

    [Test]
    public void Guid_is_sent_least_significant_byte_first()
    {
        var guid = Guid.Parse("5a0d8d4e-c5a1-11f0-9a3b-00163e5e6c00");
        var expected = Convert.FromHexString("006C5E3E16003B9AF011A1C54E8D0D5A");
        var written = new byte[GetGuidResponse.Length];
        new GetGuidResponse(guid).WriteTo(written);
        Assert.That(written, Is.EqualTo(expected));
        Assert.That(GetGuidResponse.TryParse(expected, out var parsed) ? parsed.Guid : Guid.Empty, Is.EqualTo(guid));
    }

    [TestCase((byte)0, (byte)0x00)]
    [TestCase((byte)9, (byte)0x09)]
    [TestCase((byte)42, (byte)0x42)]
    [TestCase((byte)99, (byte)0x99)]
    public void Bcd_encodes_two_decimal_digits(byte value, byte bcd)
    {
        Assert.That(Bcd.Encode(value), Is.EqualTo(bcd));
        Assert.That(Bcd.TryDecode(bcd, out var decoded) ? decoded : -1, Is.EqualTo(value));
    }
}
