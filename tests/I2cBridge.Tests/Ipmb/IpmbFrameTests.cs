using I2cBridge.Ipmb;

namespace I2cBridge.Tests.Ipmb;

/// <summary>Vectors laid out by hand from IPMB v1.0 §2.11 (Figures 2-4, 2-5), checksums computed by hand.</summary>
public class IpmbFrameTests
{
    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return new TestCaseData(
            "20 18 C8 81 04 01 7A",
            new IpmbFrame(0x20, 0x06, 0, 0x81, 1, 0, 0x01, Array.Empty<byte>())).SetName("Get Device ID request to BMC 0x20, rqSA 0x81, seq 1");
        yield return new TestCaseData(
            "81 1C 63 20 04 01 00 20 81 3A",
            new IpmbFrame(0x81, 0x07, 0, 0x20, 1, 0, 0x01, new byte[] { 0x00, 0x20, 0x81 })).SetName("Get Device ID response, completion code 0, two data bytes");
        yield return new TestCaseData(
            "20 28 B8 81 08 20 57",
            new IpmbFrame(0x20, 0x0A, 0, 0x81, 2, 0, 0x20, Array.Empty<byte>())).SetName("Get SDR Repository Info request, Storage NetFn, seq 2");
        yield return new TestCaseData(
            "20 19 C7 81 FE 01 80",
            new IpmbFrame(0x20, 0x06, 1, 0x81, 63, 2, 0x01, Array.Empty<byte>())).SetName("LUN 1 to LUN 2, highest sequence 63");
    }

    [TestCaseSource(nameof(Vectors))]
    public void WriteTo_produces_the_vector(string hex, IpmbFrame frame)
        => Assert.That(Convert.ToHexString(frame.ToArray()), Is.EqualTo(hex.Replace(" ", "")));

    [TestCaseSource(nameof(Vectors))]
    public void TryParse_reads_the_vector_even_between_guard_bytes(string hex, IpmbFrame expected)
    {
        var bytes = Convert.FromHexString(hex.Replace(" ", ""));
        var guarded = new byte[bytes.Length + 2];
        guarded[0] = guarded[^1] = 0xFF;
        bytes.CopyTo(guarded, 1);

        Assert.That(IpmbFrame.TryParse(guarded.AsSpan(1, bytes.Length), out var frame), Is.True);
        Assert.That(frame with { Data = default }, Is.EqualTo(expected with { Data = default }));
        Assert.That(frame.Data.ToArray(), Is.EqualTo(expected.Data.ToArray()));
    }

    [Test]
    public void TryParse_truncated_frame_fails()
        => Assert.That(IpmbFrame.TryParse(Convert.FromHexString("2018C8810401"), out _), Is.False);

    [Test]
    public void TryParse_bad_header_checksum_fails()
        => Assert.That(IpmbFrame.TryParse(Convert.FromHexString("2018C9810401 7A".Replace(" ", "")), out _), Is.False);

    [Test]
    public void TryParse_bad_data_checksum_fails()
        => Assert.That(IpmbFrame.TryParse(Convert.FromHexString("2018C88104017B"), out _), Is.False);

    [Test]
    public void ToResponse_swaps_addresses_and_LUNs_and_keeps_sequence()
    {
        var request = new IpmbFrame(0x20, 0x06, 1, 0x81, 63, 2, 0x01, Array.Empty<byte>());

        var response = request.ToResponse(new byte[] { 0xC1 });

        Assert.That((response.TargetAddress, response.NetFn, response.TargetLun, response.SourceAddress, response.Sequence, response.SourceLun, response.Command),
            Is.EqualTo(((byte)0x81, (byte)0x07, (byte)2, (byte)0x20, (byte)63, (byte)1, (byte)0x01)));
        Assert.That((response.IsResponse, response.CompletionCode), Is.EqualTo((true, (byte)0xC1)));
    }

    [Test, Description("drivers/char/ipmi/ipmb_dev_int.c: length byte, then the frame with its slave address byte")]
    public void IpmbDev_record_is_the_length_then_the_frame()
    {
        var frame = Convert.FromHexString("2018C88104017A");
        var record = new byte[IpmbDevMessage.Length(frame.Length)];

        IpmbDevMessage.WriteTo(frame, record);

        Assert.That(Convert.ToHexString(record), Is.EqualTo("072018C88104017A"));
        Assert.That(IpmbDevMessage.TryParse(record, out var parsed), Is.True);
        Assert.That(parsed.ToArray(), Is.EqualTo(frame));
    }

    [Test]
    public void IpmbDev_record_whose_length_exceeds_the_read_fails()
        => Assert.That(IpmbDevMessage.TryParse(Convert.FromHexString("082018C88104017A"), out _), Is.False);
}
