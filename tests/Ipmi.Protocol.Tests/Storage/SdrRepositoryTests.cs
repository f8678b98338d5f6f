using Ipmi.Protocol.SensorEvent;
using Ipmi.Protocol.Storage;
using Ipmi.Protocol.Tests.Sensors;
using Ipmi.Protocol.Tests.Support;

namespace Ipmi.Protocol.Tests.Storage;

public class GetSdrRequestTests : WireVectorTests<GetSdrRequest>
{
    protected override Parser Parse => GetSdrRequest.TryParse;
    protected override int Length(GetSdrRequest value) => GetSdrRequest.Length;
    protected override int Write(GetSdrRequest value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        // ipmitool 1.8.19 (lib/ipmi_sdr.c) reads the 5-byte header first, then the body in chunks.
        yield return Vector("34 12 00 00 00 05", new(0x1234, GetSdrRequest.FirstRecord, 0, 5), "ipmitool header read");
        yield return Vector("34 12 0D 00 05 20", new(0x1234, 0x000D, 5, 0x20), "ipmitool 32-byte chunk");
        // FreeIPMI asks for the whole record first.
        yield return Vector("00 00 12 00 00 FF", new(0, 0x0012, 0, GetSdrRequest.EntireRecord), "whole record");
    }
}

public class GetSdrResponseTests : WireVectorTests<GetSdrResponse>
{
    protected override Parser Parse => GetSdrResponse.TryParse;
    protected override int Length(GetSdrResponse value) => value.Length;
    protected override int Write(GetSdrResponse value, Span<byte> destination) => value.WriteTo(destination);

    protected override void AssertEqual(GetSdrResponse actual, GetSdrResponse expected)
    {
        Assert.That(actual.NextRecordId, Is.EqualTo(expected.NextRecordId));
        Assert.That(actual.Data.ToArray(), Is.EqualTo(expected.Data.ToArray()));
    }

    public static IEnumerable<TestCaseData> Vectors()
    {
        var fan = Hex.Bytes(DellR630.Fan2AGetSdr);
        yield return Vector(DellR630.Fan2AGetSdr, new(0x000E, fan[2..]), "Dell R630 Fan2A");
        yield return Vector("FF FF 51 01", new(GetSdrResponse.EndOfRepository, new byte[] { 0x51, 0x01 }), "last record, partial read");
    }

    [Test]
    public void TryParse_one_byte_fails() => Assert.That(GetSdrResponse.TryParse([0x0E], out _), Is.False);
}

public class GetSdrRepositoryInfoResponseTests : WireVectorTests<GetSdrRepositoryInfoResponse>
{
    protected override Parser Parse => GetSdrRepositoryInfoResponse.TryParse;
    protected override int Length(GetSdrRepositoryInfoResponse value) => GetSdrRepositoryInfoResponse.Length;
    protected override int Write(GetSdrRepositoryInfoResponse value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        // Table 33-3: version 0x51, 18 records, free space unspecified, added 0x5F5E1000 (2020-09-13),
        // never erased, supports Reserve and non-modal update.
        yield return Vector("51 12 00 FF FF 00 10 5E 5F 00 00 00 00 22", new(
            18, GetSdrRepositoryInfoResponse.FreeSpaceUnspecified, 0x5F5E1000, 0,
            SdrRepositorySupport.Reserve | SdrRepositorySupport.NonModalUpdate), "18 records");
    }
}

public class ReservationResponseTests : WireVectorTests<ReservationResponse>
{
    protected override Parser Parse => ReservationResponse.TryParse;
    protected override int Length(ReservationResponse value) => ReservationResponse.Length;
    protected override int Write(ReservationResponse value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("34 12", new(0x1234), "LS byte first");
    }
}

public class GetDeviceSdrInfoTests : WireVectorTests<GetDeviceSdrInfoResponse>
{
    protected override Parser Parse => GetDeviceSdrInfoResponse.TryParse;
    protected override int Length(GetDeviceSdrInfoResponse value) => value.Length;
    protected override int Write(GetDeviceSdrInfoResponse value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("0C 01", new(12, GetDeviceSdrInfoResponse.Lun0HasSensors), "static, LUN 0");
        yield return Vector("0C 81 78 56 34 12", new(12, 0x81, 0x12345678), "dynamic with change indicator");
    }

    [Test]
    public void Request_operation_byte_is_optional()
    {
        Assert.That(GetDeviceSdrInfoRequest.TryParse([], out var none), Is.True);
        Assert.That(none.CountSdrs, Is.Null);
        Assert.That(GetDeviceSdrInfoRequest.TryParse([0x01], out var sdrs), Is.True);
        Assert.That(sdrs.CountSdrs, Is.True);
    }
}
