using Ipmi.Protocol.Sel;
using Ipmi.Protocol.Storage;
using Ipmi.Protocol.Tests.Sel;
using Ipmi.Protocol.Tests.Support;

namespace Ipmi.Protocol.Tests.Storage;

public class GetSelInfoResponseTests : WireVectorTests<GetSelInfoResponse>
{
    protected override Parser Parse => GetSelInfoResponse.TryParse;
    protected override int Length(GetSelInfoResponse value) => GetSelInfoResponse.Length;
    protected override int Write(GetSelInfoResponse value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        // Table 31-2: v0x51, 3 entries, 0x3FD0 bytes free, last add 0x5F5E1000, erased 0x5F5E0000, delete + reserve.
        yield return Vector("51 03 00 D0 3F 00 10 5E 5F 00 00 5E 5F 0A",
            new(3, 0x3FD0, 0x5F5E1000, 0x5F5E0000, SelSupport.Delete | SelSupport.Reserve), "3 entries");
    }
}

public class GetSelAllocationInfoResponseTests : WireVectorTests<GetSelAllocationInfoResponse>
{
    protected override Parser Parse => GetSelAllocationInfoResponse.TryParse;
    protected override int Length(GetSelAllocationInfoResponse value) => GetSelAllocationInfoResponse.Length;
    protected override int Write(GetSelAllocationInfoResponse value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("00 04 10 00 FD 03 FD 03 01", new(1024, 16, 1021, 1021, 1), "1024 16-byte units");
    }
}

public class GetSelEntryTests : WireVectorTests<GetSelEntryRequest>
{
    protected override Parser Parse => GetSelEntryRequest.TryParse;
    protected override int Length(GetSelEntryRequest value) => GetSelEntryRequest.Length;
    protected override int Write(GetSelEntryRequest value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("00 00 00 00 00 FF", new(0, GetSelEntryRequest.FirstEntry), "first entry, whole record");
        yield return Vector("34 12 FF FF 03 04", new(0x1234, GetSelEntryRequest.LastEntry, 3, 4), "last entry, partial");
    }

    [Test]
    public void Response_carries_next_id_and_record()
    {
        var bytes = Hex.Bytes("03 01 02 01 02 00 10 5E 5F 20 00 04 01 30 81 09 FF FF");
        Assert.That(GetSelEntryResponse.TryParse(bytes, out var response), Is.True);
        Assert.That(response.NextRecordId, Is.EqualTo(0x0103));
        Assert.That(SelRecord.TryParse(response.Data.Span, out var record), Is.True);
        Assert.That(record.RecordId, Is.EqualTo(0x0102));
        var written = new byte[response.Length];
        response.WriteTo(written);
        Assert.That(written, Is.EqualTo(bytes));
    }
}

public class AddSelEntryRequestTests : WireVectorTests<AddSelEntryRequest>
{
    protected override Parser Parse => AddSelEntryRequest.TryParse;
    protected override int Length(AddSelEntryRequest value) => AddSelEntryRequest.Length;
    protected override int Write(AddSelEntryRequest value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("00 00 02 00 00 00 00 41 00 04 01 30 01 09 FF FF",
            new(SelRecord.SystemEvent(0, 0, 0x41, SelRecordTests.UpperCriticalGoingHigh)), "ipmitool sel add");
    }
}

public class DeleteSelEntryRequestTests : WireVectorTests<DeleteSelEntryRequest>
{
    protected override Parser Parse => DeleteSelEntryRequest.TryParse;
    protected override int Length(DeleteSelEntryRequest value) => DeleteSelEntryRequest.Length;
    protected override int Write(DeleteSelEntryRequest value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("34 12 02 01", new(0x1234, 0x0102), "delete 0x0102");
    }

    [Test]
    public void RecordIdResponse_is_little_endian()
    {
        Assert.That(RecordIdResponse.TryParse(Hex.Bytes("02 01"), out var response), Is.True);
        Assert.That(response.RecordId, Is.EqualTo(0x0102));
    }
}

public class ClearSelRequestTests : WireVectorTests<ClearSelRequest>
{
    protected override Parser Parse => ClearSelRequest.TryParse;
    protected override int Length(ClearSelRequest value) => ClearSelRequest.Length;
    protected override int Write(ClearSelRequest value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        // ipmitool 1.8.19 `sel clear` (lib/ipmi_sel.c): reservation, 'C' 'L' 'R', 0xAA.
        yield return Vector("34 12 43 4C 52 AA", new(0x1234, true), "ipmitool sel clear");
        yield return Vector("34 12 43 4C 52 00", new(0x1234, false), "get erasure status");
    }

    [TestCase("34 12 43 4C 58 AA", TestName = "ClearSel without CLR fails")]
    [TestCase("34 12 43 4C 52 55", TestName = "ClearSel with unknown action fails")]
    [TestCase("34 12 43 4C 52", TestName = "ClearSel truncated fails")]
    public void TryParse_rejects(string hex) => Assert.That(ClearSelRequest.TryParse(Hex.Bytes(hex), out _), Is.False);

    [TestCase("01", true)]
    [TestCase("00", false)]
    public void Response_reports_erasure_progress(string hex, bool completed)
    {
        Assert.That(ClearSelResponse.TryParse(Hex.Bytes(hex), out var response), Is.True);
        Assert.That(response.Completed, Is.EqualTo(completed));
    }
}

public class SelTimeTests : WireVectorTests<SelTime>
{
    protected override Parser Parse => SelTime.TryParse;
    protected override int Length(SelTime value) => SelTime.Length;
    protected override int Write(SelTime value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector("00 10 5E 5F", new(0x5F5E1000), "2020-09-13 12:26:40 UTC");
    }
}
