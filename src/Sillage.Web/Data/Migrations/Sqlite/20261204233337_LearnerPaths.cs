using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sillage.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LearnerPaths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AlternationCompanyWeeks",
                table: "PfmpPeriods",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AlternationSchoolWeeks",
                table: "PfmpPeriods",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ContractNumber",
                table: "PfmpPeriods",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "PfmpPeriods",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "LearnerProfiles",
                columns: table => new
                {
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PriorDiploma = table.Column<int>(type: "INTEGER", nullable: false),
                    PriorDiplomaDetail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PriorExperience = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Funder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PlannedHours = table.Column<int>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearnerProfiles", x => x.LearnerId);
                    table.ForeignKey(
                        name: "FK_LearnerProfiles_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LearnerProfiles_AspNetUsers_UpdatedById",
                        column: x => x.UpdatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PathAdjustments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SituationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Part = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PathAdjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PathAdjustments_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PathAdjustments_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PathAdjustments_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PathAdjustments_Situations_SituationId",
                        column: x => x.SituationId,
                        principalTable: "Situations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LearnerProfiles_UpdatedById",
                table: "LearnerProfiles",
                column: "UpdatedById");

            migrationBuilder.CreateIndex(
                name: "IX_PathAdjustments_CohortId",
                table: "PathAdjustments",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_PathAdjustments_CreatedById",
                table: "PathAdjustments",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_PathAdjustments_LearnerId_CohortId",
                table: "PathAdjustments",
                columns: new[] { "LearnerId", "CohortId" });

            migrationBuilder.CreateIndex(
                name: "IX_PathAdjustments_SituationId",
                table: "PathAdjustments",
                column: "SituationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LearnerProfiles");

            migrationBuilder.DropTable(
                name: "PathAdjustments");

            migrationBuilder.DropColumn(
                name: "AlternationCompanyWeeks",
                table: "PfmpPeriods");

            migrationBuilder.DropColumn(
                name: "AlternationSchoolWeeks",
                table: "PfmpPeriods");

            migrationBuilder.DropColumn(
                name: "ContractNumber",
                table: "PfmpPeriods");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "PfmpPeriods");
        }
    }
}
