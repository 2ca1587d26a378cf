namespace FinalAccounts.Api.Operations;

public static class ExecutionTimeouts
{
    /// <summary>
    /// Stops requests under <paramref name="path"/> that run past <c>Operations:ExecutionTimeout</c>
    /// (<see cref="ExecutionTimeoutMiddleware"/>). Scoped to a path because downloads that stream a whole
    /// table legitimately run longer.
    /// </summary>
    public static IApplicationBuilder UseExecutionTimeout(this IApplicationBuilder app, string path)
    {
        var options = OperationsOptions.From(app.ApplicationServices.GetRequiredService<IConfiguration>());
        return app.UseWhen(c => c.Request.Path.StartsWithSegments(path), branch => branch.UseMiddleware<ExecutionTimeoutMiddleware>(options));
    }
}
