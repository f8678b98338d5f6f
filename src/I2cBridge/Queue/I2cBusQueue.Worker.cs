namespace I2cBridge.Queue;

/// <summary>The worker: the only thread that touches the bus.</summary>
public sealed partial class I2cBusQueue
{
    private void Run()
    {
        try
        {
            foreach (var item in _pending.GetConsumingEnumerable())
            {
                using (item)
                {
                    if (_disposed)
                        item.Fail(new ObjectDisposedException(nameof(I2cBusQueue)));
                    else if (item.IsCompleted || _time.GetElapsedTime(item.EnqueuedAt) >= item.Timeout)
                    {
                        item.Expire();
                        _counters.Expired();
                    }
                    else
                        RunWithRetries(item);
                }
            }
        }
        finally
        {
            _stopped.TrySetResult();
        }
    }

    /// <summary>
    /// Runs <paramref name="item"/> with bounded retries. Counters are updated before the caller is released, so a
    /// caller that has its answer also sees it counted in <see cref="Statistics"/>.
    /// </summary>
    private void RunWithRetries(QueuedTransaction item)
    {
        _counters.Transaction();
        for (var attempt = 0; ; attempt++)
        {
            var started = _time.GetTimestamp();
            Exception? error = null;
            try
            {
                item.Execute(_bus);
            }
            catch (Exception e)
            {
                error = e;
            }
            _counters.BusTime(_time.GetElapsedTime(started));
            switch (error)
            {
                case null:
                    _consecutiveTimeouts = 0;
                    _counters.Success();
                    item.Succeed();
                    return;
                case I2cException e:
                    _counters.Error(e.Failure);
                    NoteTimeout(e.Failure);
                    if (!ShouldRetry(item, e.Failure, attempt))
                    {
                        item.Fail(e);
                        return;
                    }
                    _counters.Retry();
                    break;
                default:
                    _counters.OtherError();
                    item.Fail(error);
                    return;
            }
        }
    }

    /// <summary>A NACK means "not there" or "not ready" and Unsupported never changes: neither is retried here.</summary>
    private bool ShouldRetry(QueuedTransaction item, I2cFailure failure, int attempt)
        => item.Idempotent
           && attempt < _options.MaxRetries
           && failure is not (I2cFailure.Nack or I2cFailure.Unsupported)
           && !item.IsCompleted
           && _time.GetElapsedTime(item.EnqueuedAt) < item.Timeout;

    private void NoteTimeout(I2cFailure failure)
    {
        if (failure != I2cFailure.Timeout)
        {
            _consecutiveTimeouts = 0;
            return;
        }
        if (++_consecutiveTimeouts < _options.RecoveryThreshold)
            return;
        _consecutiveTimeouts = 0;
        _counters.Recovery();
        try
        {
            _bus.Recover();
        }
        catch (I2cException e)
        {
            _counters.Error(e.Failure);
        }
    }
}
