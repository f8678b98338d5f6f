using Ipmi.Protocol;
using Ipmi.Protocol.Sdr;
using Ipmi.Protocol.Storage;

namespace Oem.PassThrough;

/// <summary>
/// Reads a BMC's whole SDR repository over the link: Reserve SDR Repository (IPMI v2.0 §33.11), then Get SDR
/// (§33.12) for each record along the next-record-ID chain from 0x0000 to 0xFFFF — the 5-byte header first, then the
/// body in chunks. A chunk the BMC cannot return (0xCA) is halved and the smaller size kept for later reads; a
/// cancelled reservation (0xC5, someone else reserved) is renewed and the record read again, a bounded number of times.
/// </summary>
public sealed class SdrReader(IBmcLink bmc, PassThroughOptions options)
{
    private ushort _reservation;

    /// <summary>The chunk size in use: <see cref="PassThroughOptions.SdrReadChunk"/> until the BMC refused it.</summary>
    public int Chunk { get; private set; } = Math.Clamp(options.SdrReadChunk, 1, GetSdrRequest.EntireRecord - 1);

    public async Task<IReadOnlyList<byte[]>> ReadAllAsync(CancellationToken cancellationToken)
    {
        _reservation = await ReserveAsync(cancellationToken).ConfigureAwait(false);
        var records = new List<byte[]>();
        var id = GetSdrRequest.FirstRecord;
        while (records.Count < options.SdrMaxRecords)
        {
            var (record, next) = await ReadRecordAsync(id, cancellationToken).ConfigureAwait(false);
            records.Add(record);
            if (next == GetSdrResponse.EndOfRepository)
                return records;
            id = next;
        }
        throw new InvalidDataException($"The BMC's SDR chain is longer than {options.SdrMaxRecords} records.");
    }

    private async Task<(byte[] Record, ushort Next)> ReadRecordAsync(ushort id, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var header = new byte[SdrHeader.Length];
                var next = await ReadAsync(id, header, 0, cancellationToken).ConfigureAwait(false);
                SdrHeader.TryParse(header, out var parsed);
                var record = new byte[parsed.RecordLength];
                header.CopyTo(record, 0);
                await ReadAsync(id, record, SdrHeader.Length, cancellationToken).ConfigureAwait(false);
                return (record, next);
            }
            catch (BmcCompletionException e) when (e.Code == CompletionCode.ReservationCanceled && attempt < options.SdrReservationRetries)
            {
                _reservation = await ReserveAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Fills <paramref name="record"/> from <paramref name="offset"/> to its end in chunks; returns the next record ID.</summary>
    private async Task<ushort> ReadAsync(ushort id, byte[] record, int offset, CancellationToken cancellationToken)
    {
        var next = GetSdrResponse.EndOfRepository;
        while (offset < record.Length)
        {
            var count = Math.Min(Chunk, record.Length - offset);
            var response = await bmc.SendAsync(NetFn.Storage, GetSdrRequest.Command,
                Write(new GetSdrRequest(_reservation, id, (byte)offset, (byte)count)), cancellationToken).ConfigureAwait(false);
            if (response.Code == CompletionCode.CannotReturnRequestedBytes && Chunk > 1)
            {
                Chunk = Math.Max(1, Chunk / 2);
                continue;
            }
            ThrowUnlessNormal("Get SDR", response.Code);
            if (!GetSdrResponse.TryParse(response.Data.Span, out var part) || part.Data.IsEmpty)
                throw new InvalidDataException($"The BMC's Get SDR answer for record 0x{id:X4} at offset {offset} carries no record bytes.");
            var n = Math.Min(part.Data.Length, record.Length - offset);
            part.Data.Span[..n].CopyTo(record.AsSpan(offset));
            offset += n;
            next = part.NextRecordId;
        }
        return next;
    }

    private async Task<ushort> ReserveAsync(CancellationToken cancellationToken)
    {
        var response = await bmc.SendAsync(NetFn.Storage, ReservationResponse.ReserveSdrRepositoryCommand, ReadOnlyMemory<byte>.Empty, cancellationToken).ConfigureAwait(false);
        ThrowUnlessNormal("Reserve SDR Repository", response.Code);
        if (!ReservationResponse.TryParse(response.Data.Span, out var reservation))
            throw new InvalidDataException("The BMC's Reserve SDR Repository answer is too short.");
        return reservation.ReservationId;
    }

    private static byte[] Write(GetSdrRequest request)
    {
        var bytes = new byte[GetSdrRequest.Length];
        request.WriteTo(bytes);
        return bytes;
    }

    private static void ThrowUnlessNormal(string command, CompletionCode code)
    {
        if (code != CompletionCode.Normal)
            throw new BmcCompletionException(command, code);
    }
}
