using System.Buffers.Binary;

namespace Ipmi.Protocol.Dcmi;

/// <summary>
/// Get DCMI Sensor Info response, DCMI v1.5 §6.5.2, Table 6-13: group, the total number of instances of
/// the entity, then up to eight SDR record IDs (LS byte first) preceded by their count. The request is a
/// <see cref="DcmiEntityRequest"/>; ipmitool 1.8.19 `dcmi sensors` follows the record IDs with Get SDR.
/// </summary>
public readonly record struct GetDcmiSensorInfoResponse(byte TotalInstances, IReadOnlyList<ushort> RecordIds)
{
    public const int MaxRecordsPerResponse = 8;

    public int Length =>
        1 +                         // group extension ID
        1 +                         // total number of available instances
        1 +                         // number of record IDs in this response
        2 * RecordIds.Count;        // record IDs, LS byte first

    public static bool TryParse(ReadOnlySpan<byte> data, out GetDcmiSensorInfoResponse response)
    {
        response = default;
        if (!DcmiGroup.Starts(data, 3) || data[2] > MaxRecordsPerResponse || data.Length < 3 + 2 * data[2])
            return false;
        var ids = new ushort[data[2]];
        for (var i = 0; i < ids.Length; i++)
            ids[i] = BinaryPrimitives.ReadUInt16LittleEndian(data[(3 + 2 * i)..]);
        response = new GetDcmiSensorInfoResponse(data[1], ids);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = DcmiGroup.Id;
        destination[1] = TotalInstances;
        destination[2] = (byte)RecordIds.Count;
        for (var i = 0; i < RecordIds.Count; i++)
            BinaryPrimitives.WriteUInt16LittleEndian(destination[(3 + 2 * i)..], RecordIds[i]);
        return Length;
    }

    public bool Equals(GetDcmiSensorInfoResponse other) =>
        TotalInstances == other.TotalInstances && (RecordIds ?? []).SequenceEqual(other.RecordIds ?? []);

    public override int GetHashCode() => HashCode.Combine(TotalInstances, RecordIds?.Count);
}
