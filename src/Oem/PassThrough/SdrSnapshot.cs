using System.Collections.Frozen;
using Ipmi.Protocol.Sdr;
using Ipmi.Protocol.Storage;

namespace Oem.PassThrough;

/// <summary>
/// The BMC's whole SDR repository as read at one moment: its Get SDR Repository Info answer (IPMI v2.0 §33.9) and
/// every record, header included, in next-record-ID order (§33.12). Immutable; the cache swaps snapshots whole.
/// </summary>
public sealed class SdrSnapshot
{
    private readonly FrozenDictionary<ushort, int> _byId;

    public SdrSnapshot(GetSdrRepositoryInfoResponse info, IReadOnlyList<byte[]> records)
    {
        Info = info;
        Records = records;
        _byId = records.Select((r, i) => (Id: SdrHeader.TryParse(r, out var h) ? h.RecordId : (ushort)0, Index: i))
            .DistinctBy(e => e.Id)
            .ToFrozenDictionary(e => e.Id, e => e.Index);
    }

    /// <summary>The repository info as the BMC reported it when the records were read.</summary>
    public GetSdrRepositoryInfoResponse Info { get; }

    public IReadOnlyList<byte[]> Records { get; }

    /// <summary>The same repository contents: both timestamps unchanged (what FreeIPMI also compares, §33.9).</summary>
    public bool IsCurrent(GetSdrRepositoryInfoResponse info) =>
        info.MostRecentAddition == Info.MostRecentAddition && info.MostRecentErase == Info.MostRecentErase;

    /// <summary>
    /// The record <paramref name="recordId"/> names (0x0000 the first, 0xFFFF the last, §33.12) and the ID of the one
    /// after it (0xFFFF after the last); false when there is none.
    /// </summary>
    public bool TryGet(ushort recordId, out byte[] record, out ushort nextRecordId)
    {
        record = [];
        nextRecordId = GetSdrResponse.EndOfRepository;
        if (Records.Count == 0)
            return false;
        int index;
        if (recordId == GetSdrRequest.FirstRecord)
            index = 0;
        else if (recordId == GetSdrRequest.LastRecord)
            index = Records.Count - 1;
        else if (!_byId.TryGetValue(recordId, out index))
            return false;
        record = Records[index];
        if (index + 1 < Records.Count && SdrHeader.TryParse(Records[index + 1], out var next))
            nextRecordId = next.RecordId;
        return true;
    }
}
