using Ipmi.Protocol.Dcmi;
using Ipmi.Protocol.Tests.Support;

namespace Ipmi.Protocol.Tests.Dcmi;

public class DcmiStringReadRequestTests : WireVectorTests<DcmiStringReadRequest>
{
    protected override Parser Parse => DcmiStringReadRequest.TryParse;
    protected override int Length(DcmiStringReadRequest value) => DcmiStringReadRequest.Length;
    protected override int Write(DcmiStringReadRequest value, Span<byte> destination) => value.WriteTo(destination);

    // ipmitool 1.8.19 lib/ipmi_dcmi.c asks for the asset tag length with (0, 0) and the identifier's with (0, 1);
    // FreeIPMI ipmi-dcmi reads 16 at a time and the rest last.
    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("DC 00 00", new(0, 0), "ipmitool asset tag length probe");
        yield return Vector("DC 00 01", new(0, 1), "ipmitool identifier length probe");
        yield return Vector("DC 10 05", new(16, 5), "FreeIPMI second chunk");
    }

    [Test]
    public void TryParse_other_group_or_length_fails()
    {
        Assert.That(DcmiStringReadRequest.TryParse(Hex.Bytes("00 00 10"), out _), Is.False);
        Assert.That(DcmiStringReadRequest.TryParse(Hex.Bytes("DC 00"), out _), Is.False);
        Assert.That(DcmiStringReadRequest.TryParse(Hex.Bytes("DC 00 10 00"), out _), Is.False);
    }
}

public class DcmiStringReadResponseTests : WireVectorTests<DcmiStringReadResponse>
{
    protected override Parser Parse => DcmiStringReadResponse.TryParse;
    protected override int Length(DcmiStringReadResponse value) => value.Length;
    protected override int Write(DcmiStringReadResponse value, Span<byte> destination) => value.WriteTo(destination);

    protected override void AssertEqual(DcmiStringReadResponse actual, DcmiStringReadResponse expected)
    {
        Assert.That(actual.TotalLength, Is.EqualTo(expected.TotalLength));
        Assert.That(actual.Data, Is.EqualTo(expected.Data));
    }

    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("DC 03", new(3, []), "length only");
        yield return Vector("DC 03 41 42 43", new(3, "ABC"u8.ToArray()), "the whole tag");
    }
}

public class DcmiStringWriteRequestTests : WireVectorTests<DcmiStringWriteRequest>
{
    protected override Parser Parse => DcmiStringWriteRequest.TryParse;
    protected override int Length(DcmiStringWriteRequest value) => value.Length;
    protected override int Write(DcmiStringWriteRequest value, Span<byte> destination) => value.WriteTo(destination);

    protected override void AssertEqual(DcmiStringWriteRequest actual, DcmiStringWriteRequest expected)
    {
        Assert.That(actual.Offset, Is.EqualTo(expected.Offset));
        Assert.That(actual.Data, Is.EqualTo(expected.Data));
    }

    // ipmitool 1.8.19 `dcmi set_asset_tag ABC` and `dcmi set_mc_id_string rack7` (with its terminator).
    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("DC 00 03 41 42 43", new(0, "ABC"u8.ToArray()), "asset tag");
        yield return Vector("DC 00 06 72 61 63 6B 37 00", new(0, "rack7\0"u8.ToArray()), "identifier with its terminator");
    }

    [Test]
    public void TryParse_count_other_than_the_data_or_above_16_fails()
    {
        Assert.That(DcmiStringWriteRequest.TryParse(Hex.Bytes("DC 00 04 41 42 43"), out _), Is.False);
        Assert.That(DcmiStringWriteRequest.TryParse(Hex.Bytes("DC 00 11" + string.Concat(Enumerable.Repeat(" 41", 17))), out _), Is.False);
    }
}

public class DcmiStringWriteResponseTests : WireVectorTests<DcmiStringWriteResponse>
{
    protected override Parser Parse => DcmiStringWriteResponse.TryParse;
    protected override int Length(DcmiStringWriteResponse value) => DcmiStringWriteResponse.Length;
    protected override int Write(DcmiStringWriteResponse value, Span<byte> destination) => value.WriteTo(destination);

    // DCMI v1.5 §6.4.3's example: offset 32 and 4 bytes written answer 36.
    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("DC 24", new(36), "offset 32 + 4 bytes");
    }
}
