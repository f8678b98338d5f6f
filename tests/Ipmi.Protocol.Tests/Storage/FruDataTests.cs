using Ipmi.Protocol.Storage;
using Ipmi.Protocol.Tests.Support;

namespace Ipmi.Protocol.Tests.Storage;

public class ReadFruDataRequestTests : WireVectorTests<ReadFruDataRequest>
{
    protected override Parser Parse => ReadFruDataRequest.TryParse;
    protected override int Length(ReadFruDataRequest value) => ReadFruDataRequest.Length;
    protected override int Write(ReadFruDataRequest value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("00 00 00 08", new(0, 0, 8), "common header");
        yield return Vector("01 20 01 20", new(1, 0x0120, 0x20), "32-byte chunk at 0x120");
    }
}

public class ReadFruDataResponseTests : WireVectorTests<ReadFruDataResponse>
{
    protected override Parser Parse => ReadFruDataResponse.TryParse;
    protected override int Length(ReadFruDataResponse value) => value.Length;
    protected override int Write(ReadFruDataResponse value, Span<byte> destination) => value.WriteTo(destination);

    protected override void AssertEqual(ReadFruDataResponse actual, ReadFruDataResponse expected) =>
        Assert.That(actual.Data.ToArray(), Is.EqualTo(expected.Data.ToArray()));

    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("08 01 00 01 05 0B 00 00 EE", new(Hex.Bytes("01 00 01 05 0B 00 00 EE")), "common header");
    }

    [Test]
    public void TryParse_count_beyond_data_fails() =>
        Assert.That(ReadFruDataResponse.TryParse(Hex.Bytes("08 01 00"), out _), Is.False);
}

public class WriteFruDataRequestTests : WireVectorTests<WriteFruDataRequest>
{
    protected override Parser Parse => WriteFruDataRequest.TryParse;
    protected override int Length(WriteFruDataRequest value) => value.Length;
    protected override int Write(WriteFruDataRequest value, Span<byte> destination) => value.WriteTo(destination);

    protected override void AssertEqual(WriteFruDataRequest actual, WriteFruDataRequest expected)
    {
        Assert.That((actual.FruDeviceId, actual.Offset), Is.EqualTo((expected.FruDeviceId, expected.Offset)));
        Assert.That(actual.Data.ToArray(), Is.EqualTo(expected.Data.ToArray()));
    }

    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("00 10 00 41 42", new(0, 0x0010, Hex.Bytes("41 42")), "two bytes at 0x10");
    }
}

public class GetFruInventoryAreaInfoTests : WireVectorTests<GetFruInventoryAreaInfoResponse>
{
    protected override Parser Parse => GetFruInventoryAreaInfoResponse.TryParse;
    protected override int Length(GetFruInventoryAreaInfoResponse value) => GetFruInventoryAreaInfoResponse.Length;
    protected override int Write(GetFruInventoryAreaInfoResponse value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("00 01 00", new(256), "256 bytes, byte access");
        yield return Vector("00 08 01", new(2048, true), "2 KiB, word access");
    }

    [Test]
    public void Request_is_fru_device_id()
    {
        Assert.That(GetFruInventoryAreaInfoRequest.TryParse([0x02], out var request), Is.True);
        Assert.That(request.FruDeviceId, Is.EqualTo(2));
        Assert.That(WriteFruDataResponse.TryParse([0x02], out var written), Is.True);
        Assert.That(written.CountWritten, Is.EqualTo(2));
    }
}
